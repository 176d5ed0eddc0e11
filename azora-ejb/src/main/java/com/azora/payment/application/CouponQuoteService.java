package com.azora.payment.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.application.CouponViews.Quote;
import com.azora.payment.infrastructure.CouponBook;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/** Shows a signed-in buyer what a coupon takes off a course before they pay. */
@Stateless
public class CouponQuoteService {

  @PersistenceContext private EntityManager em;
  @EJB private CouponBook book;

  /** The discount on the published course's current price; counts nothing. */
  @RequiresAuthentication
  public Quote quote(String code, long courseId) {
    List<?> rows =
        em.createNativeQuery(
                "select price, currency from course where id = ?1" + " and status = 'PUBLISHED'")
            .setParameter(1, courseId)
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.notFound("No such course in the catalog.");
    }
    Object[] r = (Object[]) rows.get(0);
    LedgerCurrency currency = LedgerCurrency.of(((String) r[1]).strip());
    BigDecimal price = currency.exact((BigDecimal) r[0]);
    CouponBook.Discount d = book.quote(code, courseId, price, currency);
    return new Quote(
        code.strip(), courseId, currency.name(), price, d.amount(), price.subtract(d.amount()));
  }
}
