package com.azora.payment.domain;

import java.util.regex.Pattern;

/**
 * Numbers of receipts ({@code AZ-2026-000001}), credit notes ({@code CN-2026-000001}) and
 * subscription invoices ({@code SI-2026-000001}): a series, the year, and a counter that restarts
 * each year and has no gaps (it is taken from a locked counter row in the same transaction that
 * issues the document).
 */
public enum DocumentNumber {
  RECEIPT("AZ"),
  CREDIT_NOTE("CN"),
  SUBSCRIPTION_INVOICE("SI");

  private static final Pattern FORMAT = Pattern.compile("(AZ|CN|SI)-\\d{4}-\\d{6,}");

  private final String prefix;

  DocumentNumber(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** The number for the {@code n}-th document of {@code year}. */
  public String format(int year, long n) {
    if (n < 1) {
      throw new IllegalArgumentException("Document counters start at 1");
    }
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("Bad year " + year);
    }
    return String.format(java.util.Locale.ROOT, "%s-%04d-%06d", prefix, year, n);
  }

  public static boolean isValid(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }
}
