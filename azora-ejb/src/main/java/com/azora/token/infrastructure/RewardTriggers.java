package com.azora.token.infrastructure;

import com.azora.learning.infrastructure.LearningEvents;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When rewards are minted: right after a learning event commits (so a failed lesson completion
 * never mints), and every 10 minutes for events whose observer never ran. The timer is persistent
 * so in a cluster it fires on one instance only.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class RewardTriggers {

  private static final Logger LOG = Logger.getLogger(RewardTriggers.class.getName());

  @EJB private Rewards rewards;
  @EJB private RewardCatchUp catchUp;

  public void onRecorded(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) LearningEvents.Recorded event) {
    try {
      rewards.reward(event.id());
    } catch (RuntimeException e) {
      // The catch-up settles it later.
      LOG.log(Level.WARNING, "Reward for learning event " + event.id() + " failed", e);
    }
  }

  @Schedule(minute = "*/10", hour = "*", persistent = true, info = "reward catch-up")
  void catchUp() {
    int n = catchUp.run();
    if (n > 0) {
      LOG.info(() -> "Reward catch-up settled " + n + " learning events");
    }
  }
}
