package com.azora.batch.leaderboard;

import com.azora.leaderboard.domain.RunSlot;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;

/**
 * Recomputes the leaderboards every quarter-hour. The timer is persistent (one instance of a
 * cluster fires it); should it still fire twice, both runs name the same slot and the second one
 * stops at its first step.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaderboardSchedule {

  @EJB private LeaderboardRecompute recompute;

  @Schedule(minute = "*/15", hour = "*", persistent = true, info = "leaderboard-recompute")
  void recompute() {
    recompute.scheduled(RunSlot.of(Instant.now()));
  }
}
