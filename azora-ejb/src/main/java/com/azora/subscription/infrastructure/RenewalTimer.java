package com.azora.subscription.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Runs renewals every five minutes. Persistent, so in a cluster one instance fires it and a missed
 * run is caught up after a restart; the run itself is safe to overlap.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalTimer {

  @EJB private RenewalEngine engine;
  @Inject private Clock clock;

  @Schedule(minute = "*/5", hour = "*", persistent = true)
  void renew() {
    engine.run(clock.instant());
  }
}
