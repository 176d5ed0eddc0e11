package com.azora.settlement.application;

import java.util.List;

/**
 * Earnings as CSV (RFC 4180) for spreadsheets. Text cells that a spreadsheet would run as a formula
 * (a course title starting with '=', '+', '-', '@') are prefixed with a quote.
 */
public final class EarningsCsv {

  private EarningsCsv() {}

  public static String of(Earnings e) {
    StringBuilder s = new StringBuilder();
    line(
        s,
        List.of(
            "section",
            "key",
            "currency",
            "sales",
            "refunds",
            "net",
            "pending",
            "available",
            "paid"));
    for (Earnings.Total t : e.totals()) {
      line(
          s,
          List.of(
              "total",
              "",
              t.currency(),
              "",
              "",
              "",
              t.pending().toPlainString(),
              t.available().toPlainString(),
              t.paid().toPlainString()));
    }
    for (Earnings.ByCourse c : e.byCourse()) {
      line(
          s,
          List.of(
              "course",
              c.title(),
              c.currency(),
              c.sales().toPlainString(),
              c.refunds().toPlainString(),
              c.net().toPlainString(),
              "",
              "",
              ""));
    }
    for (Earnings.ByMonth m : e.byMonth()) {
      line(
          s,
          List.of(
              "month",
              m.month(),
              m.currency(),
              m.sales().toPlainString(),
              m.refunds().toPlainString(),
              m.net().toPlainString(),
              "",
              "",
              m.paid().toPlainString()));
    }
    return s.toString();
  }

  private static void line(StringBuilder s, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(cell(cells.get(i)));
    }
    s.append("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
