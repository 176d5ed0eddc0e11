package com.azora.token.infrastructure;

import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.infrastructure.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;

/**
 * Locks wallet rows in the caller's transaction before a token rule reads totals (rewards today,
 * sent today), so two concurrent requests for one user are decided one after the other. Locks are
 * taken in account id order, the order the ledger itself uses, so they cannot deadlock with it.
 */
@ApplicationScoped
public class WalletLock {

  @Inject private Ledger ledger;
  @PersistenceContext private EntityManager em;

  /** Opens (if needed) and locks the accounts; returns their ids in the order given. */
  public long[] lock(AccountRef... refs) {
    long[] ids = new long[refs.length];
    for (int i = 0; i < refs.length; i++) {
      ids[i] = ledger.account(refs[i]);
    }
    long[] sorted = ids.clone();
    Arrays.sort(sorted);
    for (long id : sorted) {
      em.createNativeQuery("select id from ledger_account where id = ?1 for update")
          .setParameter(1, id)
          .getSingleResult();
    }
    return ids;
  }
}
