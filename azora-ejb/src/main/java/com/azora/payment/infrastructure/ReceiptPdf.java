package com.azora.payment.infrastructure;

import com.azora.payment.domain.ReceiptContent;
import com.azora.platform.pdf.BillingPdf;
import com.azora.platform.pdf.BillingPdf.Line;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a receipt or a credit note as a one-page A4 PDF from its stored content. */
public final class ReceiptPdf {

  /** How every billing document prints a time. */
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private ReceiptPdf() {}

  public static byte[] render(ReceiptContent c) {
    List<String> facts = new ArrayList<>();
    facts.add("Issued: " + DAY.format(c.issuedAt()));
    facts.add("Order: " + c.orderReference());
    if (c.correctsNumber() != null) {
      facts.add("Corrects receipt: " + c.correctsNumber());
    }
    facts.add("Billed to: " + c.buyerName() + " <" + c.buyerEmail() + ">");
    facts.add("Paid with: " + c.provider());
    List<Line> lines = new ArrayList<>();
    if (c.creditNote()) {
      lines.add(new Line("Refund — " + c.courseTitle(), money(c.amount().negate(), c.currency())));
      if (c.reason() != null) {
        lines.add(new Line("Reason: " + c.reason(), ""));
      }
    } else {
      lines.add(new Line("Course: " + c.courseTitle(), money(c.listPrice(), c.currency())));
      if (c.discount().signum() > 0) {
        lines.add(new Line("Discount", money(c.discount().negate(), c.currency())));
      }
    }
    Line total =
        new Line(c.creditNote() ? "Total refunded" : "Total paid", money(c.amount(), c.currency()));
    return BillingPdf.render(
        new BillingPdf.Sheet(
            c.creditNote() ? "Credit note" : "Receipt", c.number(), c.demo(), facts, lines, total));
  }

  public static String money(BigDecimal amount, String currency) {
    return amount.toPlainString() + " " + currency;
  }
}
