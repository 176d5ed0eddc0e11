package com.azora.payment.infrastructure;

import com.azora.payment.domain.ReceiptContent;
import com.azora.platform.pdf.PdfFonts;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders a receipt or a credit note as a one-page A4 PDF (OpenPDF) from its stored content. */
public final class ReceiptPdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color ACCENT = new Color(0x0f, 0x76, 0x6e);
  private static final Color WARN = new Color(0xb9, 0x1c, 0x1c);
  private static final BaseFont REGULAR = PdfFonts.REGULAR;
  private static final BaseFont BOLD = PdfFonts.BOLD;

  private ReceiptPdf() {}

  public static byte[] render(ReceiptContent c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    String title = c.creditNote() ? "Credit note" : "Receipt";
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(title + " " + c.number());
      doc.addAuthor("Azora");
      doc.addCreator("Azora");
      doc.open();
      doc.add(line("AZORA", new Font(BOLD, 14, Font.NORMAL, ACCENT), 4));
      doc.add(line(title + " " + c.number(), new Font(BOLD, 22, Font.NORMAL, INK), 10));
      if (c.demo()) {
        doc.add(line("DEMO — no real money", new Font(BOLD, 14, Font.NORMAL, WARN), 8));
      }
      Font text = new Font(REGULAR, 11, Font.NORMAL, INK);
      doc.add(line("Issued: " + DAY.format(c.issuedAt()), text, 2));
      doc.add(line("Order: " + c.orderReference(), text, 2));
      if (c.correctsNumber() != null) {
        doc.add(line("Corrects receipt: " + c.correctsNumber(), text, 2));
      }
      doc.add(line("Billed to: " + c.buyerName() + " <" + c.buyerEmail() + ">", text, 2));
      doc.add(line("Paid with: " + c.provider(), text, 14));
      PdfPTable t = new PdfPTable(2);
      t.setWidthPercentage(100);
      t.setWidths(new float[] {3, 1});
      if (c.creditNote()) {
        row(t, "Refund — " + c.courseTitle(), money(c.amount().negate(), c.currency()), text);
        if (c.reason() != null) {
          row(t, "Reason: " + c.reason(), "", text);
        }
      } else {
        row(t, "Course: " + c.courseTitle(), money(c.listPrice(), c.currency()), text);
        if (c.discount().signum() > 0) {
          row(t, "Discount", money(c.discount().negate(), c.currency()), text);
        }
      }
      row(
          t,
          c.creditNote() ? "Total refunded" : "Total paid",
          money(c.amount(), c.currency()),
          new Font(BOLD, 12, Font.NORMAL, INK));
      doc.add(t);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render " + c.number(), e);
    }
    return out.toByteArray();
  }

  private static String money(BigDecimal amount, String currency) {
    return amount.toPlainString() + " " + currency;
  }

  private static void row(PdfPTable t, String label, String value, Font font) {
    t.addCell(new Paragraph(new Chunk(label, font)));
    t.addCell(new Paragraph(new Chunk(value, font)));
  }

  private static Paragraph line(String text, Font font, float after) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setSpacingAfter(after);
    return p;
  }
}
