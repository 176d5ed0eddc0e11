package com.azora.token.application;

import com.azora.learning.application.PaidEnrolment;
import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.token.application.TokenViews.CatalogueItem;
import com.azora.token.application.TokenViews.RedemptionRow;
import com.azora.token.domain.BurnSplit;
import com.azora.token.domain.RedemptionType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Spends the caller's AZR on a catalogue item: the price leaves the wallet, the type's burn share
 * goes to BURN and the rest to TOKEN_REVENUE, in one ledger transaction with a redemption row;
 * premium course access enrols the caller in the same transaction.
 */
@Stateless
@RequiresAuthentication
public class RedemptionService {

  public static final String TYPE = "REDEMPTION";

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @EJB private PaidEnrolment enrolment;

  /** Active items, by name. */
  public List<CatalogueItem> catalogue() {
    return Catalogue.items(em, true, null);
  }

  /**
   * Redeems an active item; the same {@code requestKey} (one confirmation) books it once. Returns
   * the redemption's id.
   */
  public long redeem(long itemId, String requestKey) {
    long me = CurrentUser.id();
    CatalogueItem item =
        Catalogue.items(em, true, itemId).stream()
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("No such item in the catalogue."));
    String key =
        "redemption:"
            + me
            + ":"
            + (requestKey == null || requestKey.isBlank() ? UUID.randomUUID() : requestKey);
    if (key.length() > 200) {
      throw DomainException.invalid("requestKey", "The request key is too long.");
    }
    var done = ledger.transactionId(key);
    if (done.isPresent()) {
      return ((Number)
              em.createNativeQuery("select id from redemption where transaction_id = ?1")
                  .setParameter(1, done.get())
                  .getSingleResult())
          .longValue();
    }
    // Already having the course is the better answer than a missing balance.
    if (item.type() == RedemptionType.PREMIUM_COURSE_ACCESS) {
      enrolment.enrol(me, item.courseId());
    }
    BigDecimal balance = ledger.balance(AccountRef.wallet(me, LedgerCurrency.AZR));
    if (balance.compareTo(item.price()) < 0) {
      throw DomainException.conflict(
          "amount",
          "Insufficient balance: “"
              + item.name()
              + "” costs "
              + item.price().toPlainString()
              + " AZR and you have "
              + balance.toPlainString()
              + " AZR.");
    }
    BurnSplit split = BurnSplit.of(item.price(), Catalogue.burnPercent(em, item.type()));
    Posting.Builder p =
        Posting.builder(TYPE, key, "Redeemed “" + item.name() + "”")
            .actor(me)
            .meta("itemId", item.id())
            .meta("redemptionType", item.type().name())
            .meta("courseId", item.courseId())
            .entry(AccountRef.wallet(me, LedgerCurrency.AZR), item.price().negate())
            .entry(
                AccountRef.system(AccountKind.TOKEN_REVENUE, LedgerCurrency.AZR), split.revenue());
    if (split.burned().signum() > 0) {
      p.entry(AccountRef.system(AccountKind.BURN, LedgerCurrency.AZR), split.burned());
    }
    PostedTransaction tx = ledger.post(p.build());
    return ((Number)
            em.createNativeQuery(
                    "insert into redemption (user_id, item_id, item_name, type, price, burned,"
                        + " course_id, transaction_id) values (?1, ?2, ?3, ?4, ?5, ?6,"
                        + " cast(?7 as bigint), ?8) returning id")
                .setParameter(1, me)
                .setParameter(2, item.id())
                .setParameter(3, item.name())
                .setParameter(4, item.type().name())
                .setParameter(5, item.price())
                .setParameter(6, split.burned())
                .setParameter(7, item.courseId())
                .setParameter(8, tx.id())
                .getSingleResult())
        .longValue();
  }

  /** The caller's redemptions, newest first. */
  public PageResult<RedemptionRow> history(int first, int pageSize) {
    long me = CurrentUser.id();
    List<RedemptionRow> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select id, created_at, item_name, type, price, burned, transaction_id"
                    + " from redemption where user_id = ?1 order by id desc")
            .setParameter(1, me)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(pageSize, 1), 200))
            .getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(
          new RedemptionRow(
              ((Number) r[0]).longValue(),
              ((Timestamp) r[1]).toInstant(),
              (String) r[2],
              RedemptionType.valueOf((String) r[3]),
              ((BigDecimal) r[4]).setScale(2),
              ((BigDecimal) r[5]).setScale(2),
              ((Number) r[6]).longValue()));
    }
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from redemption where user_id = ?1")
                    .setParameter(1, me)
                    .getSingleResult())
            .longValue();
    return new PageResult<>(rows, total);
  }
}
