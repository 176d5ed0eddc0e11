package com.azora.launcher;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for and ending operating-system processes by their handle. */
final class Processes {

  private Processes() {}

  /** Waits up to {@code timeout} for {@code process} to end; returns whether it did. */
  static boolean awaitExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** Asks {@code process} to end (SIGTERM), and kills it if it has not ended within the grace. */
  static void terminate(ProcessHandle process, Duration grace) {
    process.destroy();
    if (!awaitExit(process, grace)) {
      process.destroyForcibly();
      awaitExit(process, Duration.ofSeconds(10));
    }
  }

  /** Gives {@code process} the grace to end by itself, then terminates it. */
  static void awaitOrTerminate(ProcessHandle process, Duration grace) {
    if (!awaitExit(process, grace)) {
      terminate(process, Duration.ofSeconds(20));
    }
  }
}
