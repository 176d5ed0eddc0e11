package com.azora.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for all services, so time-dependent rules are testable. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
