package com.azora.ledger.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One sealing pass in its own transaction, so the chain head is held only for the pass. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChainSealBatch {

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  /** Seals up to {@code max} committed transactions; see {@link ChainSealer#seal}. */
  public int seal(int max, boolean wait) {
    try (Connection c = dataSource.getConnection()) {
      return ChainSealer.seal(c, max, wait);
    } catch (SQLException e) {
      throw new IllegalStateException("Sealing the ledger chain failed", e);
    }
  }
}
