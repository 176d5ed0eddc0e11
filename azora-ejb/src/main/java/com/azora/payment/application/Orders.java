package com.azora.payment.application;

import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.payment.application.PaymentViews.RefundView;
import com.azora.payment.domain.OrderStatus;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.domain.RefundState;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Order look-ups and views shared by the buyer's and the admin's services. */
final class Orders {

  private static final String VIEW_SQL =
      "select o.reference, c.slug, c.title, o.list_price, o.discount, o.amount,"
          + " o.refunded_amount, o.currency, o.provider, o.status, o.created_at, o.paid_at,"
          + " o.cancel_reason, u.email, o.id"
          + " from purchase_order o join course c on c.id = o.course_id"
          + " join app_user u on u.id = o.user_id ";

  private Orders() {}

  /** The order by reference, locked; {@code ownerId} non-null hides other users' orders. */
  static PurchaseOrder lock(EntityManager em, String reference, Long ownerId) {
    PurchaseOrder o =
        em.createNamedQuery("PurchaseOrder.byReference", PurchaseOrder.class)
            .setParameter("ref", reference == null ? "" : reference.strip())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (o == null || (ownerId != null && !o.getUserId().equals(ownerId))) {
      throw DomainException.notFound("No such order.");
    }
    return o;
  }

  static PurchaseOrder find(EntityManager em, String reference, Long ownerId) {
    PurchaseOrder o =
        em.createNamedQuery("PurchaseOrder.byReference", PurchaseOrder.class)
            .setParameter("ref", reference == null ? "" : reference.strip())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (o == null || (ownerId != null && !o.getUserId().equals(ownerId))) {
      throw DomainException.notFound("No such order.");
    }
    return o;
  }

  /** Views for rows matching {@code where} (with ?1, ?2 bound to {@code params}). */
  static List<OrderView> views(
      EntityManager em, String where, List<Object> params, int first, int max) {
    var q = em.createNativeQuery(VIEW_SQL + where + " order by o.created_at desc, o.id desc");
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    List<?> rows = q.setFirstResult(first).setMaxResults(max).getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> ((Number) ((Object[]) r)[14]).longValue()).toList();
    Map<Long, String> receipts = new HashMap<>();
    Map<Long, List<String>> credits = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select order_id, kind, number from payment_document"
                    + " where order_id = any(?1) order by seq")
            .setParameter(1, ids.toArray(new Long[0]))
            .getResultList()) {
      Object[] d = (Object[]) row;
      long id = ((Number) d[0]).longValue();
      if ("RECEIPT".equals(d[1])) {
        receipts.put(id, (String) d[2]);
      } else {
        credits.computeIfAbsent(id, k -> new ArrayList<>()).add((String) d[2]);
      }
    }
    Map<Long, List<RefundView>> refunds = refunds(em, ids);
    boolean demo = ConfigKey.DEMO.asBoolean();
    return rows.stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              long id = ((Number) r[14]).longValue();
              return new OrderView(
                  (String) r[0],
                  (String) r[1],
                  (String) r[2],
                  (BigDecimal) r[3],
                  (BigDecimal) r[4],
                  (BigDecimal) r[5],
                  (BigDecimal) r[6],
                  ((String) r[7]).strip(),
                  (String) r[8],
                  OrderStatus.valueOf((String) r[9]),
                  com.azora.platform.persistence.SqlValues.instant(r[10]),
                  r[11] == null ? null : com.azora.platform.persistence.SqlValues.instant(r[11]),
                  (String) r[12],
                  receipts.get(id),
                  credits.getOrDefault(id, List.of()),
                  (String) r[13],
                  demo,
                  refunds.getOrDefault(id, List.of()));
            })
        .toList();
  }

  private static Map<Long, List<RefundView>> refunds(EntityManager em, List<Long> orderIds) {
    Map<Long, List<RefundView>> refunds = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select r.order_id, r.seq, d.number, r.amount, r.status, r.origin,"
                    + " r.paid_back_at, r.failure_message from payment_refund r"
                    + " left join payment_document d on d.order_id = r.order_id"
                    + " and d.seq = r.seq and d.kind = 'CREDIT_NOTE'"
                    + " where r.order_id = any(?1) order by r.seq")
            .setParameter(1, orderIds.toArray(new Long[0]))
            .getResultList()) {
      Object[] r = (Object[]) row;
      refunds
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
          .add(
              new RefundView(
                  ((Number) r[1]).intValue(),
                  (String) r[2],
                  (BigDecimal) r[3],
                  RefundState.valueOf((String) r[4]),
                  (String) r[5],
                  r[6] == null ? null : com.azora.platform.persistence.SqlValues.instant(r[6]),
                  (String) r[7]));
    }
    return refunds;
  }

  static OrderView view(EntityManager em, long orderId) {
    return views(em, "where o.id = ?1", List.of(orderId), 0, 1).get(0);
  }

  static long count(EntityManager em, String where, List<Object> params) {
    var q = em.createNativeQuery("select count(*) from purchase_order o " + where);
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return ((Number) q.getSingleResult()).longValue();
  }
}
