package com.azora.payment.application;

import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.application.PaymentViews.CheckoutSummary;
import com.azora.payment.application.PaymentViews.DocumentFile;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.payment.application.PaymentViews.Started;
import com.azora.payment.domain.OrderStatus;
import com.azora.payment.domain.PaymentProvider;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.infrastructure.PaymentProviders;
import com.azora.payment.infrastructure.ReceiptPdf;
import com.azora.payment.infrastructure.StripePaymentProvider;
import com.azora.platform.PageResult;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * The signed-in learner's side of buying a course: checkout, their orders and receipts, and the
 * return from the provider (which asks Stripe and runs the same fulfilment as the webhook, so
 * whichever arrives first enrols and the other finds the order paid).
 */
@Stateless
@RequiresAuthentication
public class CheckoutService {

  @PersistenceContext private EntityManager em;
  @Inject private PaymentProviders providers;
  @Inject private CouponDiscounts coupons;
  @Inject private Fulfilment fulfilment;
  @Inject private PaymentCustomers customers;
  @Inject private Clock clock;

  /** What the checkout page shows for a course. */
  public CheckoutSummary summary(String courseSlug) {
    Course c = paidCourse(courseSlug);
    return new CheckoutSummary(
        c.getSlug(),
        c.getTitle(),
        c.getPrice(),
        c.getCurrency().strip(),
        providers.enabled(),
        enrolled(CurrentUser.id(), c.getId()),
        ConfigKey.DEMO.asBoolean());
  }

  /** Places an order and starts paying it with the chosen (or only) provider. */
  public Started start(String courseSlug, String couponCode, String providerName) {
    long me = CurrentUser.id();
    Course c = paidCourse(courseSlug);
    if (enrolled(me, c.getId())) {
      throw DomainException.conflict(null, "You are already enrolled in this course.");
    }
    PaymentProvider provider = providers.forCheckout(providerName);
    LedgerCurrency currency = LedgerCurrency.of(c.getCurrency());
    String reference = PurchaseOrder.newReference();
    BigDecimal discount = BigDecimal.ZERO;
    Long couponId = null;
    if (couponCode != null && !couponCode.isBlank()) {
      CouponDiscounts.Discount d =
          coupons.apply(couponCode.strip(), c.getId(), c.getPrice(), currency, me, reference);
      discount = d.amount();
      couponId = d.couponId();
      if (discount.compareTo(c.getPrice()) >= 0) {
        throw DomainException.invalid(
            "couponCode", "This coupon covers the whole price; it cannot be used at checkout.");
      }
    }
    PurchaseOrder o =
        new PurchaseOrder(
            reference,
            me,
            c.getId(),
            c.getPrice(),
            discount,
            currency,
            couponId,
            provider.name(),
            Instant.now(clock));
    em.persist(o);
    em.flush();
    String base = ConfigKey.BASE_URL.value().strip().replaceAll("/+$", "");
    PaymentProvider.CheckoutStart start =
        provider.startCheckout(
            new PaymentProvider.CheckoutRequest(
                reference,
                o.getAmount(),
                currency,
                c.getTitle(),
                email(me),
                base + "/learn/order.xhtml?ref=" + reference,
                base
                    + "/learn/checkout.xhtml?course="
                    + URLEncoder.encode(c.getSlug(), StandardCharsets.UTF_8),
                "checkout:" + reference,
                // A returning card payer keeps one customer (and their saved cards) at Stripe.
                customers
                    .saved(me, provider.name())
                    .map(PaymentCustomers.Saved::customerRef)
                    .orElse(null)));
    o.attach(start.providerRef());
    return new Started(reference, start.redirectUrl(), o.getStatus());
  }

  /** One of the caller's orders ("not found" for anyone else's). */
  public OrderView order(String reference) {
    return Orders.view(em, Orders.find(em, reference, CurrentUser.id()).getId());
  }

  /**
   * The order after asking its provider: a pending Stripe order whose session is paid is fulfilled
   * now (the webhook may be late or lost).
   */
  public OrderView refresh(String reference) {
    PurchaseOrder o = Orders.find(em, reference, CurrentUser.id());
    if (o.getStatus() == OrderStatus.PENDING
        && StripePaymentProvider.NAME.equals(o.getProvider())
        && o.getProviderRef() != null) {
      StripePaymentProvider.SessionState s = providers.stripe().session(o.getProviderRef());
      if (s.paid() && reference.equals(s.clientReferenceId())) {
        fulfilment.fulfil(o.getId(), s.paymentIntentId(), null);
      }
    }
    return Orders.view(em, o.getId());
  }

  /** The caller's orders, newest first, a page at a time. */
  public PageResult<OrderView> myOrders(int first, int max) {
    List<Object> me = List.of(CurrentUser.id());
    return new PageResult<>(
        Orders.views(em, "where o.user_id = ?1", me, first, Math.min(max, 100)),
        Orders.count(em, "where o.user_id = ?1", me));
  }

  /** A receipt or credit note of one of the caller's orders, as a PDF. */
  public DocumentFile document(String number) {
    var content = Documents.content(em, number, CurrentUser.id(), ConfigKey.DEMO.asBoolean());
    return new DocumentFile(content.number() + ".pdf", ReceiptPdf.render(content));
  }

  private Course paidCourse(String slug) {
    Course c =
        em.createQuery(
                "select c from Course c where c.slug = :s and c.status = :published", Course.class)
            .setParameter("s", slug == null ? "" : slug.strip())
            .setParameter("published", CourseStatus.PUBLISHED)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("No such course in the catalog."));
    if (c.getPrice().signum() <= 0) {
      throw DomainException.conflict(null, "This course is free: enrol without paying.");
    }
    return c;
  }

  private boolean enrolled(long userId, long courseId) {
    return ((Number)
                em.createNativeQuery(
                        "select count(*) from enrolment where user_id = ?1 and course_id = ?2"
                            + " and status <> 'REVOKED'")
                    .setParameter(1, userId)
                    .setParameter(2, courseId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private String email(long userId) {
    return (String)
        em.createNativeQuery("select email from app_user where id = ?1")
            .setParameter(1, userId)
            .getSingleResult();
  }
}
