package com.azora.settlement.infrastructure;

import com.azora.platform.pdf.PdfFonts;
import com.azora.settlement.application.SettlementViews.SettlementRow;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A period's settlement report as an A4 PDF (OpenPDF): one row per instructor and currency. */
public final class SettlementPdf {

  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color ACCENT = new Color(0x0f, 0x76, 0x6e);
  private static final Color WARN = new Color(0xb9, 0x1c, 0x1c);

  private SettlementPdf() {}

  public static byte[] render(LocalDate date, List<SettlementRow> rows, boolean demo) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 48, 48);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Settlement " + date);
      doc.addAuthor("Azora");
      doc.addCreator("Azora");
      doc.open();
      doc.add(line("AZORA", new Font(PdfFonts.BOLD, 14, Font.NORMAL, ACCENT), 4));
      doc.add(
          line("Earnings settlement " + date, new Font(PdfFonts.BOLD, 20, Font.NORMAL, INK), 10));
      if (demo) {
        doc.add(line("DEMO — no real money", new Font(PdfFonts.BOLD, 14, Font.NORMAL, WARN), 8));
      }
      Font text = new Font(PdfFonts.REGULAR, 10, Font.NORMAL, INK);
      Font bold = new Font(PdfFonts.BOLD, 10, Font.NORMAL, INK);
      PdfPTable t = new PdfPTable(4);
      t.setWidthPercentage(100);
      t.setWidths(new float[] {4, 4, 1, 2});
      for (String h : new String[] {"Instructor", "Email", "Items", "Amount"}) {
        t.addCell(new Paragraph(new Chunk(h, bold)));
      }
      Map<String, BigDecimal> totals = new TreeMap<>();
      for (SettlementRow r : rows) {
        t.addCell(new Paragraph(new Chunk(r.instructorName(), text)));
        t.addCell(new Paragraph(new Chunk(r.instructorEmail(), text)));
        t.addCell(new Paragraph(new Chunk(String.valueOf(r.items()), text)));
        t.addCell(new Paragraph(new Chunk(r.amount().toPlainString() + " " + r.currency(), text)));
        totals.merge(r.currency(), r.amount(), BigDecimal::add);
      }
      doc.add(t);
      doc.add(line(" ", text, 4));
      if (rows.isEmpty()) {
        doc.add(line("Nothing was settled for this business date.", text, 2));
      }
      totals.forEach(
          (currency, total) ->
              doc.add(line("Total " + currency + ": " + total.toPlainString(), bold, 2)));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render the settlement report " + date, e);
    }
    return out.toByteArray();
  }

  private static Paragraph line(String text, Font font, float after) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setSpacingAfter(after);
    return p;
  }
}
