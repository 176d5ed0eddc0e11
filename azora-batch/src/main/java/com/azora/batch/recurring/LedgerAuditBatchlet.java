package com.azora.batch.recurring;

import com.azora.ledger.application.LedgerAuditService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Runs the invariant checker and the chain verification. A violation is not a failed job (the audit
 * did its work): the run is recorded, admins are alerted, and the exit status says so.
 */
@Dependent
@Named("ledgerAuditBatchlet")
public class LedgerAuditBatchlet extends AbstractBatchlet {

  @EJB private LedgerAuditService audit;
  @Inject private StepContext step;

  @Override
  public String process() {
    LedgerAuditService.AuditRun run = audit.runScheduled();
    String status = (run.passed() ? "PASSED" : "VIOLATIONS") + " (audit run " + run.id() + ")";
    step.setExitStatus(status);
    return status;
  }
}
