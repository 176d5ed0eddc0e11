package com.azora.token.infrastructure;

import com.azora.platform.config.ConfigKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * In demo mode, fills the redemption catalogue with a few items flagged {@code demo} (pages label
 * them): premium access to the first demo course, a feature unlock and a donation. Runs once.
 */
@Startup
@Singleton
@DependsOn("DemoCatalogSeeder")
public class DemoRedemptionSeeder {

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void seed() {
    if (!ConfigKey.DEMO.asBoolean()
        || !em.createNativeQuery("select 1 from redemption_item where demo limit 1")
            .getResultList()
            .isEmpty()) {
      return;
    }
    List<?> course =
        em.createNativeQuery(
                "select id, title from course where demo and status = 'PUBLISHED'"
                    + " order by id limit 1")
            .getResultList();
    if (!course.isEmpty()) {
      Object[] c = (Object[]) course.get(0);
      item(
          "Premium access: " + c[1],
          "Enrols you in the course, paid with tokens.",
          "PREMIUM_COURSE_ACCESS",
          "50",
          ((Number) c[0]).longValue());
    }
    item(
        "Profile badge: Early learner",
        "A badge on your profile that shows you were here early.",
        "FEATURE_UNLOCK",
        "20",
        null);
    item(
        "Donate to the scholarship fund",
        "Tokens that fund a learner's premium access.",
        "DONATION",
        "10",
        null);
  }

  private void item(String name, String description, String type, String price, Long courseId) {
    em.createNativeQuery(
            "insert into redemption_item (name, description, type, price, course_id, demo)"
                + " values (?1, ?2, ?3, cast(?4 as numeric), cast(?5 as bigint), true)")
        .setParameter(1, name)
        .setParameter(2, description)
        .setParameter(3, type)
        .setParameter(4, price)
        .setParameter(5, courseId)
        .executeUpdate();
  }
}
