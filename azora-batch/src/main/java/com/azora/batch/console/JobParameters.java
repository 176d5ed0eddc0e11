package com.azora.batch.console;

import com.azora.platform.error.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads the console's job parameters, one {@code key=value} per line (blank lines and lines
 * starting with {@code #} ignored), and refuses anything a job could misread: malformed or repeated
 * keys, overlong values, and for jobs that run per business date a missing or non-ISO {@code
 * businessDate}.
 */
public final class JobParameters {

  public static final String FIELD = "parameters";
  public static final String BUSINESS_DATE = "businessDate";
  static final int MAX_LINES = 20;
  static final int MAX_VALUE = 200;
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private JobParameters() {}

  public static Properties parse(String text) {
    Properties p = new Properties();
    if (text == null) {
      return p;
    }
    String[] lines = text.split("\\R");
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (p.size() == MAX_LINES) {
        throw DomainException.invalid(FIELD, "At most " + MAX_LINES + " parameters.");
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw DomainException.invalid(FIELD, "Line " + number + ": write key=value.");
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (!KEY.matcher(key).matches()) {
        throw DomainException.invalid(
            FIELD, "Line " + number + ": a key is a letter then letters, digits, . _ or -.");
      }
      if (p.containsKey(key)) {
        throw DomainException.invalid(FIELD, "Line " + number + ": " + key + " is given twice.");
      }
      if (value.length() > MAX_VALUE || value.chars().anyMatch(Character::isISOControl)) {
        throw DomainException.invalid(
            FIELD,
            "Line " + number + ": a value is one line of at most " + MAX_VALUE + " characters.");
      }
      p.setProperty(key, value);
    }
    return p;
  }

  /** The business date a dated job needs, from the parsed parameters. */
  public static LocalDate businessDate(Properties p) {
    String value = p.getProperty(BUSINESS_DATE);
    if (value == null || value.isEmpty()) {
      throw DomainException.invalid(FIELD, "This job needs businessDate=yyyy-MM-dd.");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(FIELD, "businessDate is a date such as 2026-12-01.");
    }
  }
}
