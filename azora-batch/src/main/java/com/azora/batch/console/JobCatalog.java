package com.azora.batch.console;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Every job in {@code META-INF/batch-jobs} with the {@code @Schedule} that starts it (a unit test
 * keeps this list and the job files in step). The next run is computed from the daily schedule in
 * the server's zone, which is what the EJB timer uses; reading the timer itself would mean calling
 * into the scheduling singleton, whose write lock a running night holds for hours.
 */
public final class JobCatalog {

  /** A job, how it is started on schedule, and whether it runs per business date (run guard). */
  public record JobDefinition(
      String name,
      String description,
      String schedule,
      LocalTime dailyAt,
      Integer everyMinutes,
      boolean dated) {

    /** A job started once a day at {@code dailyAt} (or by hand only when null). */
    public JobDefinition(
        String name, String description, String schedule, LocalTime dailyAt, boolean dated) {
      this(name, description, schedule, dailyAt, null, dated);
    }

    /** The next scheduled start after {@code now}, or empty for jobs started by hand only. */
    public Optional<ZonedDateTime> nextRun(ZonedDateTime now) {
      if (everyMinutes != null) {
        ZonedDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        int next = (now.getMinute() / everyMinutes + 1) * everyMinutes;
        return Optional.of(hour.plusMinutes(next));
      }
      if (dailyAt == null) {
        return Optional.empty();
      }
      ZonedDateTime today = now.toLocalDate().atTime(dailyAt).atZone(now.getZone());
      return Optional.of(today.isAfter(now) ? today : next(now.toLocalDate(), now.getZone()));
    }

    private ZonedDateTime next(LocalDate day, ZoneId zone) {
      return day.plusDays(1).atTime(dailyAt).atZone(zone);
    }
  }

  public static final List<JobDefinition> JOBS =
      List.of(
          new JobDefinition(
              "earnings-settlement",
              "Moves instructors' shares of sales past the refund window from pending to available,"
                  + " one settlement per business date and instructor; reverses refunds of settled"
                  + " sales.",
              "NightlySettlement: @Schedule(hour = \"1\", minute = \"30\", persistent = true),"
                  + " every business date up to yesterday (UTC) in order",
              LocalTime.of(1, 30),
              true),
          new JobDefinition(
              "payouts",
              "Pays instructors' available balances at or above the threshold: one payout per"
                  + " instructor and currency, reserved in the ledger, sent by Stripe Connect or"
                  + " handed to finance as a bank transfer file; transient failures retried with"
                  + " back-off.",
              "NightlyPayouts: @Schedule(hour = \"2\", minute = \"15\", persistent = true) for"
                  + " today (UTC); retries due rerun every 10 minutes",
              LocalTime.of(2, 15),
              true),
          new JobDefinition(
              "leaderboard-recompute",
              "Ranks learners by the AZR they earned (all time, week, month, per course and per"
                  + " organisation) into a new generation and swaps it in at once.",
              "LeaderboardSchedule: @Schedule(minute = \"*/15\", hour = \"*\", persistent ="
                  + " true), one run per quarter-hour slot",
              null,
              15,
              false),
          new JobDefinition(
              "ledger-audit",
              "Runs the ledger invariant checker and the hash-chain verification; a violation"
                  + " alerts every admin (notification and mail).",
              "LedgerAuditSchedule: @Schedule(hour = \"2\", minute = \"41\", persistent ="
                  + " true), one audit per date",
              LocalTime.of(2, 41),
              true),
          new JobDefinition(
              "subscription-renewals",
              "Bills subscriptions whose period ended and retries failed invoices on the dunning"
                  + " schedule (PAST_DUE, then UNPAID or CANCELED), mailing the subscriber at each"
                  + " step.",
              "RenewalSchedule: @Schedule(minute = \"*/5\", hour = \"*\", persistent = true),"
                  + " one run at a time",
              null,
              5,
              true),
          new JobDefinition(
              "identity-cleanup",
              "Deletes expired sign-up, reset and session tokens.",
              "NightlyMaintenance: @Schedule(hour = \"3\", minute = \"17\", persistent = false)",
              LocalTime.of(3, 17),
              false));

  private JobCatalog() {}

  public static Optional<JobDefinition> find(String name) {
    return JOBS.stream().filter(j -> j.name().equals(name)).findFirst();
  }
}
