package com.azora.batch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.platform.error.DomainException;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobParametersTest {

  @Test
  void readsKeyValueLinesIgnoringBlanksAndComments() {
    Properties p =
        JobParameters.parse("businessDate = 2026-12-01\r\n\n# a note\nitemCount=50\nnote=a=b\n");
    assertEquals(3, p.size());
    assertEquals("2026-12-01", p.getProperty("businessDate"));
    assertEquals("50", p.getProperty("itemCount"));
    assertEquals("a=b", p.getProperty("note"), "only the first = splits");
    assertEquals(LocalDate.of(2026, 12, 1), JobParameters.businessDate(p));
  }

  @Test
  void nothingGivenIsNoParameters() {
    assertTrue(JobParameters.parse(null).isEmpty());
    assertTrue(JobParameters.parse("  \n ").isEmpty());
    assertEquals("", JobParameters.parse("empty=").getProperty("empty"));
  }

  @Test
  void refusesMalformedLinesWithTheLineNumberOnTheParametersField() {
    assertRefused("a=1\nno equals sign", "Line 2: write key=value.");
    assertRefused("=value", "Line 1: a key is a letter then letters, digits, . _ or -.");
    assertRefused("1key=value", "Line 1: a key is a letter then letters, digits, . _ or -.");
    assertRefused("bad key=value", "Line 1: a key is a letter then letters, digits, . _ or -.");
    assertRefused("a=1\na=2", "Line 2: a is given twice.");
    assertRefused(
        "a=" + "x".repeat(JobParameters.MAX_VALUE + 1),
        "Line 1: a value is one line of at most 200 characters.");
    assertRefused("a=tab\there", "Line 1: a value is one line of at most 200 characters.");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= JobParameters.MAX_LINES; i++) {
      many.append("k").append(i).append("=v\n");
    }
    assertRefused(many.toString(), "At most 20 parameters.");
  }

  @Test
  void aDatedJobNeedsAnIsoBusinessDate() {
    assertDate(new Properties(), "This job needs businessDate=yyyy-MM-dd.");
    assertDate(JobParameters.parse("businessDate="), "This job needs businessDate=yyyy-MM-dd.");
    assertDate(
        JobParameters.parse("businessDate=01/12/2026"),
        "businessDate is a date such as 2026-12-01.");
    assertDate(
        JobParameters.parse("businessDate=2026-02-30"),
        "businessDate is a date such as 2026-12-01.");
  }

  private static void assertRefused(String text, String message) {
    DomainException e = assertThrows(DomainException.class, () -> JobParameters.parse(text));
    assertEquals(JobParameters.FIELD, e.field());
    assertEquals(message, e.getMessage());
  }

  private static void assertDate(Properties p, String message) {
    DomainException e = assertThrows(DomainException.class, () -> JobParameters.businessDate(p));
    assertEquals(JobParameters.FIELD, e.field());
    assertEquals(message, e.getMessage());
  }
}
