package com.azora.subscription.application;

import com.azora.platform.error.DomainException;
import com.azora.subscription.domain.Subscription;
import com.azora.subscription.domain.SubscriptionStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** A user's one live (not canceled) subscription, looked up by its owner only. */
final class LiveSubscriptions {

  private LiveSubscriptions() {}

  static Optional<Subscription> find(EntityManager em, long userId, boolean lock) {
    var q =
        em.createQuery(
                "select s from Subscription s where s.userId = :u and s.status <> :canceled",
                Subscription.class)
            .setParameter("u", userId)
            .setParameter("canceled", SubscriptionStatus.CANCELED);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultStream().findFirst();
  }

  static Subscription require(EntityManager em, long userId, boolean lock) {
    return find(em, userId, lock)
        .orElseThrow(() -> DomainException.notFound("You have no subscription."));
  }
}
