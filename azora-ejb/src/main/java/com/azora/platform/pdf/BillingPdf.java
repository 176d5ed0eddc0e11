package com.azora.platform.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The one layout of Azora's money documents (receipts, credit notes, subscription invoices): a
 * one-page A4 PDF with a title and number, a demo warning, facts one per line, a table of amounts
 * and a bold total. Callers decide the words; this decides the look.
 */
public final class BillingPdf {

  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color ACCENT = new Color(0x0f, 0x76, 0x6e);
  private static final Color WARN = new Color(0xb9, 0x1c, 0x1c);

  /** A row of the amounts table. */
  public record Line(String label, String amount) {}

  /** What a document says. */
  public record Sheet(
      String title, String number, boolean demo, List<String> facts, List<Line> lines, Line total) {
    public Sheet {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(number, "number");
      facts = List.copyOf(facts);
      lines = List.copyOf(lines);
      Objects.requireNonNull(total, "total");
    }
  }

  private BillingPdf() {}

  public static byte[] render(Sheet s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(s.title() + " " + s.number());
      doc.addAuthor("Azora");
      doc.addCreator("Azora");
      doc.open();
      doc.add(line("AZORA", new Font(PdfFonts.BOLD, 14, Font.NORMAL, ACCENT), 4));
      doc.add(
          line(s.title() + " " + s.number(), new Font(PdfFonts.BOLD, 22, Font.NORMAL, INK), 10));
      if (s.demo()) {
        doc.add(line("DEMO — no real money", new Font(PdfFonts.BOLD, 14, Font.NORMAL, WARN), 8));
      }
      Font text = new Font(PdfFonts.REGULAR, 11, Font.NORMAL, INK);
      for (int i = 0; i < s.facts().size(); i++) {
        doc.add(line(s.facts().get(i), text, i == s.facts().size() - 1 ? 14 : 2));
      }
      PdfPTable t = new PdfPTable(2);
      t.setWidthPercentage(100);
      t.setWidths(new float[] {3, 1});
      for (Line l : s.lines()) {
        row(t, l, text);
      }
      row(t, s.total(), new Font(PdfFonts.BOLD, 12, Font.NORMAL, INK));
      doc.add(t);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render " + s.number(), e);
    }
    return out.toByteArray();
  }

  private static void row(PdfPTable t, Line l, Font font) {
    t.addCell(new Paragraph(new Chunk(l.label(), font)));
    t.addCell(new Paragraph(new Chunk(l.amount(), font)));
  }

  private static Paragraph line(String text, Font font, float after) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setSpacingAfter(after);
    return p;
  }
}
