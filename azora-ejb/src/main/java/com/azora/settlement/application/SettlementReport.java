package com.azora.settlement.application;

import com.azora.settlement.application.SettlementViews.SettlementRow;
import java.util.List;

/** A period's settlements as CSV, one line per instructor and currency. */
public final class SettlementReport {

  private SettlementReport() {}

  public static String csv(List<SettlementRow> rows) {
    StringBuilder s = new StringBuilder();
    line(
        s,
        List.of(
            "business_date",
            "instructor_id",
            "instructor",
            "email",
            "currency",
            "amount",
            "items",
            "status"));
    for (SettlementRow r : rows) {
      line(
          s,
          List.of(
              r.businessDate().toString(),
              String.valueOf(r.instructorId()),
              r.instructorName(),
              r.instructorEmail(),
              r.currency(),
              r.amount().toPlainString(),
              String.valueOf(r.items()),
              r.status()));
    }
    return s.toString();
  }

  private static void line(StringBuilder s, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(EarningsCsv.cell(cells.get(i)));
    }
    s.append("\r\n");
  }
}
