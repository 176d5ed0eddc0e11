package com.azora.payout.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bank transfer file finance staff upload to the bank: one row per payout, RFC 4180 quoting,
 * and cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class BankTransferCsv {

  /** One transfer to make. */
  public record Row(
      long itemId,
      String holder,
      String accountNumber,
      String bankCode,
      String country,
      BigDecimal amount,
      String currency) {}

  public static final String HEADER =
      "item_id,account_holder,iban_or_account,bic_or_bank_code,country,amount,currency,reference";

  private BankTransferCsv() {}

  public static String of(List<Row> rows) {
    StringBuilder s = new StringBuilder(HEADER).append("\r\n");
    for (Row r : rows) {
      s.append(r.itemId())
          .append(',')
          .append(cell(r.holder()))
          .append(',')
          .append(cell(r.accountNumber()))
          .append(',')
          .append(cell(r.bankCode()))
          .append(',')
          .append(cell(r.country()))
          .append(',')
          .append(r.amount().toPlainString())
          .append(',')
          .append(cell(r.currency()))
          .append(',')
          .append(PayoutRules.reference(r.itemId()))
          .append("\r\n");
    }
    return s.toString();
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
