package com.azora.token.infrastructure;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.token.domain.DailyCap;
import com.azora.token.domain.RewardKind;
import com.azora.token.domain.RewardRules;
import com.azora.token.domain.Streak;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mints the reward for one learning event, each in its own transaction, at most once: under the
 * wallet's row lock it first looks for the event's reward transaction or skip row, then applies the
 * rules and the per-user cap of the event's UTC day. A completed lesson also checks the daily
 * streak. Called after the event commits and by the catch-up; no signed-in caller is needed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Rewards {

  /** What became of an event. */
  public enum Outcome {
    REWARDED,
    SKIPPED,
    ALREADY_SETTLED,
    NOT_REWARDED_KIND
  }

  public static final String TYPE = "REWARD";

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private WalletLock locks;
  @Inject private RewardRuleStore rules;

  public static String eventKey(long eventId) {
    return "reward:event:" + eventId;
  }

  public static String streakKey(long userId, LocalDate day) {
    return "reward:streak:" + userId + ":" + day;
  }

  public Outcome reward(long eventId) {
    List<?> found =
        em.createNativeQuery(
                "select e.type, e.user_id, e.course_id, e.score_percent, e.occurred_at, c.title"
                    + " from learning_event e join course c on c.id = e.course_id where e.id = ?1")
            .setParameter(1, eventId)
            .getResultList();
    if (found.isEmpty()) {
      return Outcome.NOT_REWARDED_KIND;
    }
    Object[] e = (Object[]) found.get(0);
    RewardKind kind = RewardKind.ofEvent((String) e[0]);
    if (kind == null) {
      return Outcome.NOT_REWARDED_KIND;
    }
    long userId = ((Number) e[1]).longValue();
    long courseId = ((Number) e[2]).longValue();
    BigDecimal score = (BigDecimal) e[3];
    LocalDate day = ((Timestamp) e[4]).toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    String courseTitle = (String) e[5];
    AccountRef wallet = AccountRef.wallet(userId, LedgerCurrency.AZR);
    long walletId = locks.lock(wallet)[0];
    if (ledger.transactionId(eventKey(eventId)).isPresent() || skipped(eventId)) {
      return Outcome.ALREADY_SETTLED;
    }
    RewardRules r = rules.load();
    BigDecimal base = r.amountFor(kind, score);
    BigDecimal today = rewardedOn(walletId, day);
    BigDecimal granted = DailyCap.grant(base, r.dailyCap(), today);
    Outcome outcome;
    if (granted.signum() == 0) {
      em.createNativeQuery("insert into reward_skip (learning_event_id, reason) values (?1, ?2)")
          .setParameter(1, eventId)
          .setParameter(2, base.signum() == 0 ? "NO_RULE" : "DAILY_CAP")
          .executeUpdate();
      outcome = Outcome.SKIPPED;
    } else {
      ledger.post(
          Posting.builder(
                  TYPE,
                  eventKey(eventId),
                  "Reward for " + kind.label() + " in “" + courseTitle + "”")
              .actor(userId)
              .meta("event", kind.name())
              .meta("learningEventId", eventId)
              .meta("courseId", courseId)
              .meta("day", day)
              .move(AccountRef.system(AccountKind.TREASURY, LedgerCurrency.AZR), wallet, granted)
              .build());
      today = today.add(granted);
      outcome = Outcome.REWARDED;
    }
    if (kind == RewardKind.LESSON_COMPLETED) {
      streak(userId, day, r, today, wallet);
    }
    return outcome;
  }

  /** Rewards a learner once per day when they also completed a lesson the day before. */
  private void streak(
      long userId, LocalDate day, RewardRules r, BigDecimal today, AccountRef wallet) {
    String key = streakKey(userId, day);
    if (ledger.transactionId(key).isPresent()) {
      return;
    }
    Set<LocalDate> days = new HashSet<>();
    for (Object d :
        em.createNativeQuery(
                "select distinct cast(occurred_at at time zone 'UTC' as date) from learning_event"
                    + " where user_id = ?1 and type = 'LESSON_COMPLETED'"
                    + " and occurred_at >= cast(?2 as date) at time zone 'UTC'"
                    + " and occurred_at < (cast(?2 as date) + 2) at time zone 'UTC'")
            .setParameter(1, userId)
            .setParameter(2, day.minusDays(1).toString())
            .getResultList()) {
      days.add(((java.sql.Date) d).toLocalDate());
    }
    if (!Streak.continues(day, days)) {
      return;
    }
    BigDecimal granted =
        DailyCap.grant(r.amountFor(RewardKind.DAILY_STREAK, null), r.dailyCap(), today);
    if (granted.signum() > 0) {
      ledger.post(
          Posting.builder(TYPE, key, "Reward for learning on consecutive days")
              .actor(userId)
              .meta("event", RewardKind.DAILY_STREAK.name())
              .meta("day", day)
              .move(AccountRef.system(AccountKind.TREASURY, LedgerCurrency.AZR), wallet, granted)
              .build());
    }
  }

  private boolean skipped(long eventId) {
    return !em.createNativeQuery("select 1 from reward_skip where learning_event_id = ?1")
        .setParameter(1, eventId)
        .getResultList()
        .isEmpty();
  }

  /** AZR already rewarded to the wallet for the given UTC day (by the events' day). */
  private BigDecimal rewardedOn(long walletId, LocalDate day) {
    BigDecimal sum =
        (BigDecimal)
            em.createNativeQuery(
                    "select coalesce(sum(e.amount), 0) from ledger_entry e"
                        + " join ledger_transaction t on t.id = e.transaction_id"
                        + " where e.account_id = ?1 and t.type = 'REWARD'"
                        + " and t.metadata::jsonb ->> 'day' = ?2")
                .setParameter(1, walletId)
                .setParameter(2, day.toString())
                .getSingleResult();
    return LedgerCurrency.AZR.round(sum);
  }

  /**
   * Rewarded kinds of learning events of the last {@code days} days that have neither a reward
   * transaction nor a skip row, oldest first.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> unsettled(int days, int limit) {
    return em
        .createNativeQuery(
            "select e.id from learning_event e where e.occurred_at > now() - make_interval(days"
                + " => ?1) and e.type in ('LESSON_COMPLETED', 'QUIZ_PASSED', 'COURSE_COMPLETED')"
                + " and not exists (select 1 from reward_skip s where s.learning_event_id = e.id)"
                + " and not exists (select 1 from ledger_transaction t"
                + " where t.idempotency_key = 'reward:event:' || e.id)"
                + " order by e.id limit ?2")
        .setParameter(1, days)
        .setParameter(2, limit)
        .getResultList()
        .stream()
        .map(n -> ((Number) n).longValue())
        .toList();
  }
}
