package com.azora.token.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import com.azora.token.application.TokenViews.CatalogueItem;
import com.azora.token.application.TokenViews.ItemForm;
import com.azora.token.domain.RedemptionType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The admin's redemption catalogue and the burn share per redemption type. */
@Stateless
@RequiresPermissions(Permissions.TOKENS_MANAGE)
public class RedemptionAdminService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @PersistenceContext private EntityManager em;

  /** Every item, active first. */
  public List<CatalogueItem> items() {
    return Catalogue.items(em, false, null);
  }

  /** Creates ({@code id} null) or changes an item; returns its id. */
  public long save(ItemForm f) {
    if (f.name() == null || f.name().isBlank() || f.name().strip().length() > 120) {
      throw DomainException.invalid("name", "Enter a name of at most 120 characters.");
    }
    String description = f.description() == null ? "" : f.description().strip();
    if (description.length() > 1000) {
      throw DomainException.invalid("description", "At most 1000 characters.");
    }
    if (f.type() == null) {
      throw DomainException.invalid("type", "Choose a type.");
    }
    if (f.price() == null || f.price().signum() <= 0) {
      throw DomainException.invalid("price", "Enter a price above zero.");
    }
    BigDecimal price;
    try {
      price = LedgerCurrency.AZR.exact(f.price());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("price", "AZR amounts have at most two decimals.");
    }
    Long courseId = f.type() == RedemptionType.PREMIUM_COURSE_ACCESS ? f.courseId() : null;
    if (f.type() == RedemptionType.PREMIUM_COURSE_ACCESS) {
      if (courseId == null
          || em.createNativeQuery("select 1 from course where id = ?1 and status = 'PUBLISHED'")
              .setParameter(1, courseId)
              .getResultList()
              .isEmpty()) {
        throw DomainException.invalid(
            "courseId", "Premium access needs the id of a published course.");
      }
    }
    if (f.id() == null) {
      return ((Number)
              em.createNativeQuery(
                      "insert into redemption_item (name, description, type, price, active,"
                          + " course_id) values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint))"
                          + " returning id")
                  .setParameter(1, f.name().strip())
                  .setParameter(2, description)
                  .setParameter(3, f.type().name())
                  .setParameter(4, price)
                  .setParameter(5, f.active())
                  .setParameter(6, courseId)
                  .getSingleResult())
          .longValue();
    }
    int n =
        em.createNativeQuery(
                "update redemption_item set name = ?1, description = ?2, type = ?3, price = ?4,"
                    + " active = ?5, course_id = cast(?6 as bigint) where id = ?7")
            .setParameter(1, f.name().strip())
            .setParameter(2, description)
            .setParameter(3, f.type().name())
            .setParameter(4, price)
            .setParameter(5, f.active())
            .setParameter(6, courseId)
            .setParameter(7, f.id())
            .executeUpdate();
    if (n == 0) {
      throw DomainException.notFound("No such item.");
    }
    return f.id();
  }

  public void setActive(long itemId, boolean active) {
    if (em.createNativeQuery("update redemption_item set active = ?1 where id = ?2")
            .setParameter(1, active)
            .setParameter(2, itemId)
            .executeUpdate()
        == 0) {
      throw DomainException.notFound("No such item.");
    }
  }

  /** Burn share in percent per type. */
  public Map<RedemptionType, BigDecimal> burnShares() {
    Map<RedemptionType, BigDecimal> out = new EnumMap<>(RedemptionType.class);
    for (Object row :
        em.createNativeQuery("select type, burn_percent from redemption_burn_share")
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.put(RedemptionType.valueOf((String) r[0]), ((BigDecimal) r[1]).setScale(2));
    }
    return out;
  }

  public void saveBurnShares(Map<RedemptionType, BigDecimal> shares) {
    for (RedemptionType t : RedemptionType.values()) {
      BigDecimal p = shares.get(t);
      if (p == null
          || p.signum() < 0
          || p.compareTo(HUNDRED) > 0
          || p.stripTrailingZeros().scale() > 2) {
        throw DomainException.invalid(
            "burn" + t.name(), "A burn share lies between 0 and 100 % (two decimals).");
      }
      em.createNativeQuery("update redemption_burn_share set burn_percent = ?1 where type = ?2")
          .setParameter(1, p)
          .setParameter(2, t.name())
          .executeUpdate();
    }
  }
}
