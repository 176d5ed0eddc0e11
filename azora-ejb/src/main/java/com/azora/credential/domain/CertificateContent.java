package com.azora.credential.domain;

import com.azora.identity.domain.Secrets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate attests, in one canonical text form: one {@code key: value} line per fact,
 * instructors sorted, times in UTC to the second, every value on one line. The text is stored as
 * issued and its SHA-256 is the certificate's fingerprint, so the same facts always give the same
 * text and hash, and any change to them gives another hash.
 */
public record CertificateContent(
    String code,
    String learnerName,
    String courseTitle,
    String courseSlug,
    List<String> instructors,
    Instant completedAt,
    Instant issuedAt) {

  static final String HEADER = "Azora certificate of completion";
  static final String FORMAT = "1";

  public CertificateContent {
    if (!CertificateCode.isValid(code)) {
      throw new IllegalArgumentException("Not a certificate code: " + code);
    }
    learnerName = oneLine(learnerName, "learnerName");
    courseTitle = oneLine(courseTitle, "courseTitle");
    courseSlug = oneLine(courseSlug, "courseSlug");
    instructors =
        Objects.requireNonNull(instructors, "instructors").stream()
            .map(n -> oneLine(n, "instructor"))
            .sorted()
            .toList();
    completedAt =
        Objects.requireNonNull(completedAt, "completedAt").truncatedTo(ChronoUnit.SECONDS);
    issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
  }

  /** The canonical text. */
  public String canonical() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    line(b, "format", FORMAT);
    line(b, "code", code);
    line(b, "learner", learnerName);
    line(b, "course", courseTitle);
    line(b, "course-slug", courseSlug);
    instructors.forEach(i -> line(b, "instructor", i));
    line(b, "completed", completedAt.toString());
    line(b, "issued", issuedAt.toString());
    return b.toString();
  }

  /** SHA-256 of the canonical text's UTF-8 bytes, 64 lower-case hex digits. */
  public String sha256() {
    return Secrets.sha256Hex(canonical());
  }

  /** Reads a stored canonical text back; the inverse of {@link #canonical()}. */
  public static CertificateContent parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !lines[0].equals(HEADER)) {
      throw new IllegalArgumentException("Not a certificate's canonical content");
    }
    String code = null;
    String learner = null;
    String course = null;
    String slug = null;
    Instant completed = null;
    Instant issued = null;
    List<String> instructors = new ArrayList<>();
    try {
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isEmpty() && i == lines.length - 1) {
          break;
        }
        int colon = lines[i].indexOf(": ");
        if (colon < 0) {
          throw new IllegalArgumentException("Malformed line " + (i + 1));
        }
        String value = lines[i].substring(colon + 2);
        switch (lines[i].substring(0, colon)) {
          case "format" -> requireFormat(value);
          case "code" -> code = value;
          case "learner" -> learner = value;
          case "course" -> course = value;
          case "course-slug" -> slug = value;
          case "instructor" -> instructors.add(value);
          case "completed" -> completed = Instant.parse(value);
          case "issued" -> issued = Instant.parse(value);
          default -> throw new IllegalArgumentException("Unknown key on line " + (i + 1));
        }
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Malformed time in certificate content", e);
    }
    return new CertificateContent(code, learner, course, slug, instructors, completed, issued);
  }

  private static void requireFormat(String value) {
    if (!FORMAT.equals(value)) {
      throw new IllegalArgumentException("Unknown certificate content format " + value);
    }
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(key).append(": ").append(value).append('\n');
  }

  /** Control characters (line breaks above all) become spaces so every value stays one line. */
  private static String oneLine(String value, String name) {
    Objects.requireNonNull(value, name);
    String clean = value.replaceAll("\\p{Cntrl}+", " ").strip();
    if (clean.isEmpty()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return clean;
  }
}
