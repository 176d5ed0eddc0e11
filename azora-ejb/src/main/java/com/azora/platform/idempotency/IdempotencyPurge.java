package com.azora.platform.idempotency;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes expired idempotency records every hour. The timer is persistent so that in a cluster it
 * fires on one node, and a missed run is caught up after a restart.
 */
@Singleton
public class IdempotencyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class.getName());

  @Inject private IdempotencyStore store;

  @Schedule(minute = "17", hour = "*", persistent = true, info = "idempotency-purge")
  void purge() {
    int deleted = store.purgeExpired();
    if (deleted > 0) {
      LOG.info(() -> "Purged " + deleted + " expired idempotency records");
    }
  }
}
