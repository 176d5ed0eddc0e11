package com.azora.subscription.application;

import com.azora.platform.error.DomainException;
import com.azora.subscription.domain.Feature;
import com.azora.subscription.domain.Limit;
import com.azora.subscription.domain.SubscriptionStatus;
import com.azora.subscription.domain.Tier;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * What a user's tier allows: other services ask here before granting a gated capability. Users
 * without a live (ACTIVE or PAST_DUE) subscription are on FREE.
 */
@Stateless
@RequiresAuthentication
public class Features {

  @PersistenceContext private EntityManager em;

  public boolean allows(long userId, Feature feature) {
    return tier(userId).allows(feature);
  }

  public int limit(long userId, Limit limit) {
    return tier(userId).limit(limit);
  }

  /** The code of the tier whose features apply to the user. */
  public String tierCode(long userId) {
    return tier(userId).getCode();
  }

  /**
   * True when the course is premium and the user's tier includes premium courses (so enrolment is
   * free); false for a course that is not premium; refuses a premium course to other tiers.
   */
  public boolean includedInPlan(long userId, long courseId) {
    List<?> rows =
        em.createNativeQuery("select title from course where id = ?1 and premium")
            .setParameter(1, courseId)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    if (!allows(userId, Feature.PREMIUM_COURSES)) {
      throw DomainException.conflict(
          null,
          "“"
              + rows.get(0)
              + "” is a premium course: it is included in the Pro and Enterprise plans."
              + " Subscribe on the Plans page to enrol.");
    }
    return true;
  }

  private Tier tier(long userId) {
    List<String> live =
        em.createQuery(
                "select s.tierCode from Subscription s where s.userId = :u and s.status in :live",
                String.class)
            .setParameter("u", userId)
            .setParameter("live", List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE))
            .getResultList();
    return em.find(Tier.class, live.isEmpty() ? Tier.FREE : live.get(0));
  }
}
