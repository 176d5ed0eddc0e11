package com.azora.subscription.application;

import com.azora.platform.security.Anonymous;
import com.azora.subscription.application.SubscriptionViews.TierView;
import com.azora.subscription.domain.Tier;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The tiers on sale with their prices and features, for anyone comparing plans. */
@Stateless
@Anonymous
public class Plans {

  @PersistenceContext private EntityManager em;

  /** Tiers on sale, cheapest first (FREE included, for comparison). */
  public List<TierView> onSale() {
    return em
        .createQuery("select t from Tier t where t.active = true order by t.rank", Tier.class)
        .getResultList()
        .stream()
        .map(SubscriptionService::view)
        .toList();
  }
}
