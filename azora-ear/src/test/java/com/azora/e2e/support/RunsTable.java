package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.nodes.Element;

/** The runs table ({@code run:runs}) of an admin job page, such as settlements or payouts. */
public final class RunsTable {

  private RunsTable() {}

  /**
   * Reloads {@code page} until the run of {@code date} shows COMPLETED; fails when it ends FAILED
   * or STOPPED, or is not done within {@code timeout}.
   */
  public static void awaitCompleted(
      WebSession admin, String page, LocalDate date, Duration timeout, Path serverLog) {
    Instant deadline = Instant.now().plus(timeout);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      WebSession.Page p = admin.get(page);
      // The run of that business date (first column): other dates' runs may have started today.
      Element row =
          p.html().select("[id='run:runs'] tbody tr").stream()
              .filter(tr -> tr.child(0).text().equals(date.toString()))
              .findFirst()
              .orElse(null);
      last = row == null ? p.body() : row.text();
      if (last.contains("COMPLETED")) {
        return;
      }
      if (last.contains("FAILED") || last.contains("STOPPED")) {
        fail(page + " run of " + date + " ended: " + last + "\nsee " + serverLog);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    fail(page + " run of " + date + " did not complete in " + timeout + ": " + last);
  }
}
