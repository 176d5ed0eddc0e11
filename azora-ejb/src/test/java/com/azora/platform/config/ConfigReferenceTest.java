package com.azora.platform.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration reference lists every key with its default. */
class ConfigReferenceTest {

  @Test
  void readmeDocumentsEveryKey() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    for (ConfigKey k : ConfigKey.values()) {
      String row = "| `" + k.key() + "` | `" + envName(k) + "` | `" + k.defaultValue() + "` |";
      assertTrue(readme.contains(row), "README lacks the row for " + k.key() + ": " + row);
    }
  }

  static String envName(ConfigKey k) {
    return k.key().toUpperCase().replaceAll("[^A-Z0-9]", "_");
  }
}
