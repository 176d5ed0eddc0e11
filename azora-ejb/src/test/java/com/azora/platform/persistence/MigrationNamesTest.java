package com.azora.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Flyway migrations are named V<n>__<what>.sql and no version is used twice. */
class MigrationNamesTest {

  private static final Pattern NAME = Pattern.compile("V(\\d+(?:_\\d+)?)__[a-z0-9_]+\\.sql");

  @Test
  void versionsAreWellFormedAndUnique() throws IOException {
    Path dir = Path.of("src/main/resources/db/migration");
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertFalse(files.isEmpty());
    Set<String> versions = new HashSet<>();
    for (String f : files) {
      Matcher m = NAME.matcher(f);
      assertTrue(m.matches(), "Badly named migration: " + f);
      assertTrue(versions.add(m.group(1)), "Duplicate migration version: " + f);
    }
    assertEquals(files.size(), versions.size());
  }
}
