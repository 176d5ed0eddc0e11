package com.azora.subscription.infrastructure;

import com.azora.payment.infrastructure.ReceiptPdf;
import com.azora.platform.pdf.BillingPdf;
import com.azora.platform.pdf.BillingPdf.Line;
import com.azora.subscription.domain.InvoiceStatus;
import com.azora.subscription.domain.SubscriptionInvoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A subscription invoice as a PDF, in the receipts' layout: number, status (paid when, or still
 * open, failed or void), who is billed, the plan and its period, and the amount.
 */
public final class InvoicePdf {

  private InvoicePdf() {}

  public static byte[] render(
      SubscriptionInvoice i, String tierName, String buyerName, String buyerEmail, boolean demo) {
    List<String> facts = new ArrayList<>();
    facts.add("Issued: " + ReceiptPdf.DAY.format(i.getCreatedAt()));
    facts.add(
        i.getStatus() == InvoiceStatus.PAID
            ? "Status: paid on " + ReceiptPdf.DAY.format(i.getPaidAt())
            : "Status: " + i.getStatus().name().toLowerCase(Locale.ROOT));
    facts.add("Billed to: " + buyerName + " <" + buyerEmail + ">");
    facts.add(
        "Plan: Azora "
            + tierName
            + ", billed "
            + (i.getInterval().months() == 12 ? "annually" : "monthly"));
    facts.add(
        "Period: "
            + ReceiptPdf.DAY.format(i.getPeriodStart())
            + " – "
            + ReceiptPdf.DAY.format(i.getPeriodEnd()));
    facts.add("Paid with: " + i.getProvider());
    String amount = ReceiptPdf.money(i.getAmount(), i.getCurrency());
    return BillingPdf.render(
        new BillingPdf.Sheet(
            "Invoice",
            i.getNumber(),
            demo,
            facts,
            List.of(new Line(i.getDescription(), amount)),
            new Line(i.getStatus() == InvoiceStatus.PAID ? "Total paid" : "Total due", amount)));
  }
}
