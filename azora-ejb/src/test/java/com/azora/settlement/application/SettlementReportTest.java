package com.azora.settlement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azora.settlement.application.SettlementViews.SettlementRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementReportTest {

  @Test
  void oneLinePerInstructorAndCurrencyWithFormulaSafeNames() {
    SettlementRow row =
        new SettlementRow(
            1,
            LocalDate.parse("2026-12-20"),
            42,
            "=HYPERLINK(\"x\")",
            "ann@example.org",
            "USD",
            new BigDecimal("-14.00"),
            3,
            "SETTLED",
            Instant.EPOCH);
    String[] lines = SettlementReport.csv(List.of(row)).split("\r\n");
    assertEquals(
        "business_date,instructor_id,instructor,email,currency,amount,items,status", lines[0]);
    assertEquals(
        "2026-12-20,42,\"'=HYPERLINK(\"\"x\"\")\",ann@example.org,USD,-14.00,3,SETTLED", lines[1]);
  }
}
