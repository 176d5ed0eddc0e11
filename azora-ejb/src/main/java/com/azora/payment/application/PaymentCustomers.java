package com.azora.payment.application;

import com.azora.payment.infrastructure.StripePaymentProvider;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Who a user is at a card provider: the customer and the saved payment method Stripe returned when
 * they paid by card, so a later checkout reuses the customer and renewals charge the card
 * off-session. {@code @Anonymous} because webhooks record them; {@code MANDATORY} so only services
 * that checked their caller reach it.
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PaymentCustomers {

  /** A user's customer at a provider and the payment method to charge (null: none saved). */
  public record Saved(String customerRef, String paymentMethodRef) {}

  @PersistenceContext private EntityManager em;

  /** What the provider knows of the user; empty for providers without customers. */
  public Optional<Saved> saved(long userId, String provider) {
    if (!StripePaymentProvider.NAME.equals(provider)) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "select customer_ref, payment_method_ref from payment_customer"
                    + " where user_id = ?1 and provider = ?2")
            .setParameter(1, userId)
            .setParameter(2, provider)
            .getResultList();
    return rows.stream()
        .map(r -> new Saved((String) ((Object[]) r)[0], (String) ((Object[]) r)[1]))
        .findFirst();
  }

  /**
   * Remembers the user's customer and (when known) payment method; a null payment method keeps the
   * saved one as long as the customer is the same.
   */
  public void remember(long userId, String provider, String customerRef, String paymentMethodRef) {
    if (customerRef == null || customerRef.isBlank()) {
      return;
    }
    em.createNativeQuery(
            "insert into payment_customer (user_id, provider, customer_ref, payment_method_ref)"
                + " values (?1, ?2, ?3, ?4) on conflict (user_id, provider) do update"
                + " set payment_method_ref = case when excluded.payment_method_ref is not null"
                + " then excluded.payment_method_ref"
                + " when payment_customer.customer_ref = excluded.customer_ref"
                + " then payment_customer.payment_method_ref end,"
                + " customer_ref = excluded.customer_ref, updated_at = now()")
        .setParameter(1, userId)
        .setParameter(2, provider)
        .setParameter(3, customerRef.strip())
        .setParameter(
            4,
            paymentMethodRef == null || paymentMethodRef.isBlank()
                ? null
                : paymentMethodRef.strip())
        .executeUpdate();
  }
}
