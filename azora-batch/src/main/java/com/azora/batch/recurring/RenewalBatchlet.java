package com.azora.batch.recurring;

import com.azora.subscription.infrastructure.RenewalEngine;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * Bills subscriptions whose period ended and retries failed invoices that are due (the dunning
 * schedule). Each item commits on its own and is claimed with SKIP LOCKED, so a run stopped
 * half-way is simply run again.
 */
@Dependent
@Named("renewalBatchlet")
public class RenewalBatchlet extends AbstractBatchlet {

  @EJB private RenewalEngine engine;
  @Inject private StepContext step;

  @Override
  public String process() {
    RenewalEngine.RunReport r = engine.run(Instant.now());
    String status =
        "RENEWED "
            + r.periodEnds()
            + ", RETRIED "
            + r.retries()
            + (r.failures() > 0 ? ", FAILED " + r.failures() : "");
    step.setExitStatus(status);
    return "COMPLETED";
  }
}
