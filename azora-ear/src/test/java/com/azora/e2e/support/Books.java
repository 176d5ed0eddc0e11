package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.ledger.infrastructure.ChainSealer;
import com.azora.ledger.infrastructure.LedgerInvariants;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The ledger invariant checker as a test assertion: every money test ends with {@link
 * #assertBalanced()}, which runs the same checks as the admin page and the nightly audit on the
 * test server's database.
 */
public final class Books {

  private Books() {}

  /** Seals what is committed (as the server does after each commit), then checks. */
  public static LedgerInvariants.Report check() {
    try (Connection c = AzoraTestServer.get().connection()) {
      c.setAutoCommit(false);
      while (ChainSealer.seal(c, 1000, true) == 1000) {
        c.commit();
      }
      c.commit();
      c.setAutoCommit(true);
      return LedgerInvariants.check(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void assertBalanced() {
    LedgerInvariants.Report report = check();
    assertTrue(report.passed(), report.summary());
  }
}
