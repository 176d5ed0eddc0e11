package com.azora.batch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @Test
  void listsEveryJobFileExactlyOnce() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/META-INF/batch-jobs").toURI());
    Set<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".xml"))
              .map(n -> n.substring(0, n.length() - 4))
              .collect(Collectors.toSet());
    }
    Set<String> listed =
        JobCatalog.JOBS.stream().map(JobCatalog.JobDefinition::name).collect(Collectors.toSet());
    assertEquals(JobCatalog.JOBS.size(), listed.size(), "no job listed twice");
    assertEquals(
        files,
        listed,
        "Add each META-INF/batch-jobs/<job>.xml to JobCatalog.JOBS with its schedule (and remove"
            + " jobs whose file is gone)");
  }

  @Test
  void theNextRunIsTodayUntilTheScheduledTimeThenTomorrow() {
    JobCatalog.JobDefinition settlement = JobCatalog.find("earnings-settlement").orElseThrow();
    assertEquals(
        ZonedDateTime.of(2026, 12, 4, 1, 30, 0, 0, ZONE),
        settlement.nextRun(ZonedDateTime.of(2026, 12, 4, 0, 59, 0, 0, ZONE)).orElseThrow());
    assertEquals(
        ZonedDateTime.of(2026, 12, 5, 1, 30, 0, 0, ZONE),
        settlement.nextRun(ZonedDateTime.of(2026, 12, 4, 1, 30, 0, 0, ZONE)).orElseThrow(),
        "a timer firing now is not the next one");
    assertEquals(
        ZonedDateTime.of(2027, 1, 1, 1, 30, 0, 0, ZONE),
        settlement.nextRun(ZonedDateTime.of(2026, 12, 31, 23, 0, 0, 0, ZONE)).orElseThrow());
  }

  @Test
  void theNextRunFollowsTheWallClockAcrossADaylightSavingChange() {
    JobCatalog.JobDefinition cleanup = JobCatalog.find("identity-cleanup").orElseThrow();
    // Berlin leaves summer time on 2026-10-25 at 03:00; 03:17 that day exists once, in CET.
    ZonedDateTime next = cleanup.nextRun(ZonedDateTime.of(2026, 10, 24, 12, 0, 0, 0, ZONE)).get();
    assertEquals(ZonedDateTime.of(2026, 10, 25, 3, 17, 0, 0, ZONE), next);
    assertEquals("+01:00", next.getOffset().getId());
    assertTrue(JobCatalog.find("no-such-job").isEmpty());
  }
}
