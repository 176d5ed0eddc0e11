package com.azora.batch.payout;

import com.azora.batch.BatchRuns;
import com.azora.platform.security.Permissions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * What the admin pages may do with the payouts job: run it for today through the run guard (a
 * completed date may run again: it pays only what is new or due) and read recent runs. The only way
 * from azora-web to the job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermissions(Permissions.PAYMENTS_MANAGE)
public class PayoutConsole {

  @EJB private BatchRuns runs;
  private final Clock clock = Clock.systemUTC();

  /** Runs payouts for today (UTC) unless a run of it is under way; returns that run. */
  public BatchRuns.Run runToday() {
    return run(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }

  /** Runs payouts for a batch's business date (sends its due items; plans what is new). */
  public BatchRuns.Run run(LocalDate businessDate) {
    return runs.startOnce(PayoutJob.NAME, businessDate, null, true);
  }

  public List<BatchRuns.Run> recent(int max) {
    return runs.recent(PayoutJob.NAME, Math.min(max, 100));
  }
}
