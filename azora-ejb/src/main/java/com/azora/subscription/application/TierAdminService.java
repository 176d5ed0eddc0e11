package com.azora.subscription.application;

import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import com.azora.subscription.application.SubscriptionViews.TierView;
import com.azora.subscription.domain.Tier;
import com.azora.subscription.domain.TierTerms;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Billing admins edit tier prices, features and limits; each change is audited. */
@Stateless
@RequiresPermissions(Permissions.BILLING_MANAGE)
public class TierAdminService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public List<TierView> tiers() {
    return em
        .createQuery("select t from Tier t order by t.rank", Tier.class)
        .getResultList()
        .stream()
        .map(SubscriptionService::view)
        .toList();
  }

  /** New prices apply to new subscriptions and to renewals from now on; running periods stay. */
  public TierView update(String code, TierTerms terms, String ip) {
    Tier t = code == null ? null : em.find(Tier.class, code);
    if (t == null) {
      throw DomainException.notFound("No such tier.");
    }
    long me = CurrentUser.id();
    TierTerms before = t.terms();
    t.update(terms, me, clock.instant());
    em.flush();
    audit.record(SecurityEventType.TIER_UPDATED, null, me, code, ip, (before + " -> " + t.terms()));
    return SubscriptionService.view(t);
  }
}
