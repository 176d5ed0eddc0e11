package com.azora.settlement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarningsCsvTest {

  @Test
  void quotesCommasAndDefusesFormulas() {
    assertEquals("\"Birds, wading\"", EarningsCsv.cell("Birds, wading"));
    assertEquals("\"say \"\"hi\"\"\"", EarningsCsv.cell("say \"hi\""));
    assertEquals("'=HYPERLINK(1)", EarningsCsv.cell("=HYPERLINK(1)"));
    assertEquals("-12.50", EarningsCsv.cell("-12.50"));
  }

  @Test
  void oneLinePerTotalCourseAndMonth() {
    BigDecimal z = new BigDecimal("0.00");
    Earnings e =
        new Earnings(
            List.of(new Earnings.Total("USD", new BigDecimal("8.00"), z, z)),
            List.of(
                new Earnings.ByCourse(
                    7L,
                    "Herons",
                    "USD",
                    new BigDecimal("10.00"),
                    new BigDecimal("-2.00"),
                    new BigDecimal("8.00"))),
            List.of(
                new Earnings.ByMonth(
                    "2026-12",
                    "USD",
                    new BigDecimal("10.00"),
                    new BigDecimal("-2.00"),
                    new BigDecimal("8.00"),
                    z)));
    String[] lines = EarningsCsv.of(e).split("\r\n");
    assertEquals(4, lines.length);
    assertTrue(lines[0].startsWith("section,key,currency"));
    assertEquals("total,,USD,,,,8.00,0.00,0.00", lines[1]);
    assertEquals("course,Herons,USD,10.00,-2.00,8.00,,,", lines[2]);
    assertEquals("month,2026-12,USD,10.00,-2.00,8.00,,,0.00", lines[3]);
  }
}
