package com.azora.payment.application;

import com.azora.catalog.domain.Course;
import com.azora.learning.application.EnrolmentGrants;
import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.payment.domain.DocumentNumber;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.domain.RevenueSplit;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.mail.Outbox;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way an order becomes paid, whoever reports the payment (Stripe's webhook, the return
 * page, an admin confirming a bank transfer): with the order row locked, in the caller's
 * transaction, it marks the order PAID, enrols the learner, books the sale in the ledger and issues
 * the receipt, or does nothing if the order was already paid. Paid-but-not-enrolled cannot happen
 * because all four commit together. {@code @Anonymous} because a webhook has no signed-in user;
 * {@code MANDATORY} so only services that checked their caller reach it.
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Fulfilment {

  @PersistenceContext private EntityManager em;
  @Inject private EnrolmentGrants enrolments;
  @Inject private Ledger ledger;
  @Inject private Outbox outbox;
  @Inject private Clock clock;

  /**
   * Fulfils order {@code orderId}; {@code paymentRef} is the provider's payment id when known
   * (replaces a Checkout Session id so refunds can address the payment). Returns true when this
   * call made the order paid.
   */
  public boolean fulfil(long orderId, String paymentRef, Long actorId) {
    PurchaseOrder o = em.find(PurchaseOrder.class, orderId);
    if (o == null) {
      throw new IllegalArgumentException("No order " + orderId);
    }
    // Re-read under the row lock: a webhook and the return page racing queue here, and the second
    // sees the first one's PAID instead of a stale copy from its persistence context.
    em.refresh(o, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now(clock);
    if (!o.markPaid(now)) {
      return false;
    }
    if (paymentRef != null && !paymentRef.isBlank()) {
      o.attach(paymentRef);
    }
    enrolments.grant(o.getUserId(), o.getCourseId());
    Course course = em.find(Course.class, o.getCourseId());
    Object[] terms = saleTerms(course.getId());
    long ownerId = ((Number) terms[0]).longValue();
    RevenueSplit split =
        RevenueSplit.of(
            o.getAmount(),
            o.currency(),
            terms[1] == null
                ? new BigDecimal(ConfigKey.INSTRUCTOR_SHARE_PERCENT.value().strip())
                : (BigDecimal) terms[1],
            course.getInstructorIds(),
            ownerId);
    LedgerCurrency cur = o.currency();
    Posting.Builder p =
        Posting.builder(
                "COURSE_SALE", "order:" + o.getId() + ":paid", "Sale of " + o.getReference())
            .actor(actorId)
            .meta("orderId", o.getId())
            .meta("orderReference", o.getReference())
            .meta("courseId", course.getId())
            .meta("instructorId", ownerId)
            .meta(
                "instructorIds",
                split.instructors().keySet().stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(",")))
            .entry(AccountRef.system(AccountKind.PROVIDER_CLEARING, cur), o.getAmount().negate())
            .entry(AccountRef.system(AccountKind.PLATFORM_REVENUE, cur), split.platform());
    for (Map.Entry<Long, BigDecimal> part : split.instructors().entrySet()) {
      p.entry(
          AccountRef.owned(AccountKind.INSTRUCTOR_PENDING, part.getKey(), cur), part.getValue());
    }
    em.flush();
    PostedTransaction tx = ledger.post(p.build());
    String receipt =
        Documents.issue(
            em,
            DocumentNumber.RECEIPT,
            o,
            0,
            o.getAmount(),
            null,
            o.getProviderRef(),
            tx.id(),
            actorId,
            now);
    String email =
        (String)
            em.createNativeQuery("select email from app_user where id = ?1")
                .setParameter(1, o.getUserId())
                .getSingleResult();
    String base = ConfigKey.BASE_URL.value().strip().replaceAll("/+$", "");
    outbox.enqueue(
        email,
        "Payment received: " + course.getTitle(),
        (ConfigKey.DEMO.asBoolean() ? "DEMO — no real money.\n\n" : "")
            + "Thank you: your payment of "
            + o.getAmount().toPlainString()
            + " "
            + cur.name()
            + " for \""
            + course.getTitle()
            + "\" is confirmed and the course is open under My learning.\n\nReceipt "
            + receipt
            + ": "
            + base
            + "/learn/receipt/"
            + receipt
            + ".pdf\nOrder: "
            + base
            + "/learn/order.xhtml?ref="
            + o.getReference()
            + "\n",
        "PAYMENT_RECEIVED");
    return true;
  }

  /**
   * The course owner (who gets remainder cents) and the instructors' share: the course's own, else
   * its owner's, else null for the configured default.
   */
  private Object[] saleTerms(long courseId) {
    return (Object[])
        em.createNativeQuery(
                "select c.created_by, coalesce(c.instructor_share_percent, s.share_percent)"
                    + " from course c left join instructor_share s on s.user_id = c.created_by"
                    + " where c.id = ?1")
            .setParameter(1, courseId)
            .getSingleResult();
  }
}
