package com.azora.token.application;

import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import com.azora.token.domain.QuizBand;
import com.azora.token.domain.RewardRules;
import com.azora.token.infrastructure.RewardCatchUp;
import com.azora.token.infrastructure.RewardRuleStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The admin's reward rules: read, replace (validated, bands never overlap), run the catch-up. */
@Stateless
@RequiresPermissions(Permissions.TOKENS_MANAGE)
public class RewardRulesService {

  @Inject private RewardRuleStore store;
  @EJB private RewardCatchUp catchUp;

  public RewardRules rules() {
    return store.load();
  }

  /** Validates and saves; the next reward uses the new rules. */
  public RewardRules save(
      BigDecimal lessonCompleted,
      BigDecimal courseCompleted,
      BigDecimal dailyStreak,
      BigDecimal dailyCap,
      List<QuizBand> bands) {
    RewardRules rules =
        RewardRules.of(lessonCompleted, courseCompleted, dailyStreak, dailyCap, bands);
    store.save(rules, CurrentUser.id());
    return rules;
  }

  /**
   * Rewards now the learning events of the last 7 days that were never settled (what the timer does
   * every 10 minutes); returns how many were settled.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int catchUpNow() {
    return catchUp.run();
  }
}
