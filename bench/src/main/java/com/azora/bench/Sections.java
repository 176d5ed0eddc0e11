package com.azora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/**
 * A bench's own section of docs/benchmarks.md: the lines every section starts with, and the swap
 * between its markers that keeps the rest of the file (appended at the end the first time).
 */
final class Sections {

  private Sections() {}

  /** Opens a section: its marker, title, date, machine, load averages and versions. */
  static StringBuilder start(String marker, String title, String load) throws IOException {
    Properties versions = Bench.versions();
    StringBuilder md = new StringBuilder();
    md.append(marker).append("\n");
    md.append("## ").append(title).append("\n\n");
    md.append("- Date: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n");
    md.append("- Machine: ").append(Report.machine()).append("\n");
    md.append("- Load average ").append(load).append("\n");
    md.append("- Versions: Azora ")
        .append(versions.getProperty("azora"))
        .append(", Payara Server ")
        .append(versions.getProperty("payara"))
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append("\n");
    return md;
  }

  /** Replaces the text from {@code start} to {@code end} (markers included) with {@code md}. */
  static void replace(Path file, String start, String end, StringBuilder md) throws IOException {
    md.append(end).append("\n");
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    int s = text.indexOf(start);
    int e = text.indexOf(end);
    String updated =
        s >= 0 && e > s
            ? text.substring(0, s) + md + text.substring(e + end.length() + 1)
            : text + "\n" + md;
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }
}
