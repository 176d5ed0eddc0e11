package com.azora.settlement.application;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * Where a refund takes an instructor's part from. Before settlement it is still pending; once the
 * share was settled (moved to available, maybe paid out) pending no longer holds it, so the refund
 * takes it from RECEIVABLES (what the instructor owes back) and records the receivable, which the
 * next settlement run reverses out of the available balance. Called inside the refund's
 * transaction, after the order row was locked (the lock the settlement writer takes too).
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SettledShares {

  @PersistenceContext private EntityManager em;

  public AccountRef refundFrom(
      long orderId, long instructorId, LedgerCurrency currency, BigDecimal part, String refundKey) {
    boolean settled =
        part.signum() > 0
            && !em.createNativeQuery(
                    "select 1 from settlement_item where kind = 'SALE' and order_id = ?1"
                        + " and instructor_id = ?2")
                .setParameter(1, orderId)
                .setParameter(2, instructorId)
                .getResultList()
                .isEmpty();
    if (!settled) {
      return AccountRef.owned(AccountKind.INSTRUCTOR_PENDING, instructorId, currency);
    }
    em.createNativeQuery(
            "insert into settlement_receivable (order_id, instructor_id, currency, amount,"
                + " refund_key) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, orderId)
        .setParameter(2, instructorId)
        .setParameter(3, currency.name())
        .setParameter(4, part)
        .setParameter(5, refundKey)
        .executeUpdate();
    return AccountRef.system(AccountKind.RECEIVABLES, currency);
  }
}
