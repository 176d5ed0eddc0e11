package com.azora.token.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rewards learning events of the last 7 days that were never settled (the server stopped between
 * the event's commit and its observer). One transaction per event, so one failure stops nothing
 * else; several runs at once are safe because each event is settled under its wallet's lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RewardCatchUp {

  private static final Logger LOG = Logger.getLogger(RewardCatchUp.class.getName());
  private static final int DAYS = 7;
  private static final int BATCH = 500;

  @EJB private Rewards rewards;

  /** Settles what it finds; returns how many events it rewarded or skipped. */
  public int run() {
    int settled = 0;
    List<Long> ids = rewards.unsettled(DAYS, BATCH);
    for (Long id : ids) {
      try {
        Rewards.Outcome o = rewards.reward(id);
        if (o == Rewards.Outcome.REWARDED || o == Rewards.Outcome.SKIPPED) {
          settled++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reward catch-up failed for learning event " + id, e);
      }
    }
    return settled;
  }
}
