package com.azora.web.ledger;

import com.azora.ledger.application.LedgerAuditService;
import com.azora.ledger.application.LedgerAuditService.AuditRun;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Runs the invariant checks and chain verification on demand and lists earlier runs. */
@Named
@RequestScoped
public class LedgerAuditPage {

  @EJB private LedgerAuditService audit;

  private AuditRun latest;
  private List<AuditRun> runs;

  public void run() {
    latest = audit.runNow();
    runs = null;
    if (latest.passed()) {
      Faces.info("All ledger checks passed.");
    } else {
      Faces.error(null, "A ledger check failed: see the report below.");
    }
  }

  public AuditRun getLatest() {
    return latest;
  }

  public List<AuditRun> getRuns() {
    if (runs == null) {
      runs = audit.recent(20);
    }
    return runs;
  }

  /** The report's lines, each "PASS name: detail" or "FAIL name: detail". */
  public List<String> lines(AuditRun run) {
    return run == null ? List.of() : List.of(run.report().split("\n"));
  }
}
