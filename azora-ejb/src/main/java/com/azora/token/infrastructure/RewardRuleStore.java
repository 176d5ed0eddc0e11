package com.azora.token.infrastructure;

import com.azora.token.domain.QuizBand;
import com.azora.token.domain.RewardRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads and replaces the reward rules (one policy row and the quiz score bands). */
@ApplicationScoped
public class RewardRuleStore {

  @PersistenceContext private EntityManager em;

  public RewardRules load() {
    Object[] p =
        (Object[])
            em.createNativeQuery(
                    "select lesson_completed, course_completed, daily_streak, daily_cap"
                        + " from reward_policy where id = 1")
                .getSingleResult();
    List<QuizBand> bands = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select min_score, max_score, amount from quiz_reward_band order by min_score")
            .getResultList()) {
      Object[] r = (Object[]) row;
      bands.add(new QuizBand((BigDecimal) r[0], (BigDecimal) r[1], (BigDecimal) r[2]));
    }
    return RewardRules.of(
        (BigDecimal) p[0], (BigDecimal) p[1], (BigDecimal) p[2], (BigDecimal) p[3], bands);
  }

  /**
   * Replaces the rules in the caller's transaction; the table's constraint refuses overlaps too.
   */
  public void save(RewardRules rules, long adminId) {
    em.createNativeQuery(
            "update reward_policy set lesson_completed = ?1, course_completed = ?2,"
                + " daily_streak = ?3, daily_cap = ?4, updated_at = now(), updated_by = ?5"
                + " where id = 1")
        .setParameter(1, rules.lessonCompleted())
        .setParameter(2, rules.courseCompleted())
        .setParameter(3, rules.dailyStreak())
        .setParameter(4, rules.dailyCap())
        .setParameter(5, adminId)
        .executeUpdate();
    em.createNativeQuery("delete from quiz_reward_band").executeUpdate();
    for (QuizBand b : rules.quizBands()) {
      em.createNativeQuery(
              "insert into quiz_reward_band (min_score, max_score, amount) values (?1, ?2, ?3)")
          .setParameter(1, b.min())
          .setParameter(2, b.max())
          .setParameter(3, b.amount())
          .executeUpdate();
    }
  }
}
