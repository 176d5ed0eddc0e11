package com.azora.token.application;

import com.azora.token.application.TokenViews.CatalogueItem;
import com.azora.token.domain.RedemptionType;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads redemption items (shared by the student's and the admin's services). */
final class Catalogue {

  private Catalogue() {}

  static List<CatalogueItem> items(EntityManager em, boolean activeOnly, Long id) {
    String sql =
        "select i.id, i.name, i.description, i.type, i.price, i.course_id, c.title, i.active,"
            + " i.demo from redemption_item i left join course c on c.id = i.course_id where 1 = 1"
            + (activeOnly ? " and i.active" : "")
            + (id != null ? " and i.id = ?1" : "")
            + " order by i.active desc, lower(i.name), i.id";
    var q = em.createNativeQuery(sql);
    if (id != null) {
      q.setParameter(1, id);
    }
    List<CatalogueItem> out = new ArrayList<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      out.add(
          new CatalogueItem(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              RedemptionType.valueOf((String) r[3]),
              ((BigDecimal) r[4]).setScale(2),
              r[5] == null ? null : ((Number) r[5]).longValue(),
              (String) r[6],
              (Boolean) r[7],
              (Boolean) r[8]));
    }
    return out;
  }

  static BigDecimal burnPercent(EntityManager em, RedemptionType type) {
    return (BigDecimal)
        em.createNativeQuery("select burn_percent from redemption_burn_share where type = ?1")
            .setParameter(1, type.name())
            .getSingleResult();
  }
}
