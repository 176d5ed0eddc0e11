package com.azora.batch.settlement;

import com.azora.batch.BatchRuns;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * What the admin pages may do with the settlement job: run it for a business date (through the run
 * guard, so it never runs twice at once; a completed date may be rerun, which changes nothing) and
 * read how runs went. The only way from azora-web to the job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermissions(Permissions.PAYMENTS_MANAGE)
public class SettlementConsole {

  /** How far ahead a business date may be: settling early is the admin's call, a year is a typo. */
  static final int MAX_DAYS_AHEAD = 60;

  static final int MAX_ITEM_COUNT = 10_000;

  @EJB private BatchRuns runs;
  private final Clock clock = Clock.systemUTC();

  /** Starts settlement for the date unless a run of it is under way; returns that run. */
  public BatchRuns.Run run(LocalDate businessDate) {
    return run(businessDate, null);
  }

  /**
   * As {@link #run(LocalDate)}, with the items per chunk (the checkpoint interval; null for the
   * job's default of 300): smaller chunks commit and checkpoint more often.
   */
  public BatchRuns.Run run(LocalDate businessDate, Integer itemCount) {
    if (itemCount != null && (itemCount < 1 || itemCount > MAX_ITEM_COUNT)) {
      throw DomainException.invalid("itemCount", "Items per chunk: 1 to " + MAX_ITEM_COUNT + ".");
    }
    if (businessDate == null) {
      throw DomainException.invalid("businessDate", "Choose a business date.");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (businessDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))
        || businessDate.isBefore(today.minusYears(10))) {
      throw DomainException.invalid(
          "businessDate", "A business date within " + MAX_DAYS_AHEAD + " days from today.");
    }
    Properties parameters = new Properties();
    if (itemCount != null) {
      parameters.setProperty("itemCount", itemCount.toString());
    }
    return runs.startOnce(SettlementJob.NAME, businessDate, parameters, true);
  }

  /** The newest runs, their status fresh from the batch runtime. */
  public List<BatchRuns.Run> recent(int max) {
    return runs.recent(SettlementJob.NAME, Math.min(max, 100));
  }
}
