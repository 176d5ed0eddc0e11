package com.azora.credential.infrastructure;

import com.azora.credential.domain.CertificateContent;
import com.azora.platform.pdf.PdfFonts;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Renders a certificate as a one-page PDF (OpenPDF) from its stored canonical content only, so the
 * same certificate always shows the same text: learner, course, instructors, completion date, code,
 * SHA-256 fingerprint and the public verification address.
 */
public final class CertificatePdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color ACCENT = new Color(0x0f, 0x76, 0x6e);

  private static final BaseFont REGULAR = PdfFonts.REGULAR;
  private static final BaseFont BOLD = PdfFonts.BOLD;

  private CertificatePdf() {}

  public static byte[] render(CertificateContent facts, String sha256, String verifyUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 60, 60, 60, 50);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.addTitle("Certificate of completion " + facts.code());
      doc.addSubject(facts.courseTitle());
      doc.addAuthor("Azora");
      doc.addCreator("Azora");
      GregorianCalendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      issued.setTimeInMillis(facts.issuedAt().toEpochMilli());
      doc.addCreationDate(new PdfDate(issued));
      doc.open();
      frame(writer.getDirectContent(), doc.getPageSize());
      doc.add(centered("AZORA", font(14, Font.BOLD, ACCENT), 6));
      doc.add(centered("Certificate of Completion", font(30, Font.BOLD, INK), 24));
      doc.add(centered("This certifies that", font(13, Font.NORMAL, INK), 8));
      doc.add(centered(facts.learnerName(), font(26, Font.BOLD, INK), 8));
      doc.add(centered("has completed the course", font(13, Font.NORMAL, INK), 8));
      doc.add(centered(facts.courseTitle(), font(20, Font.BOLD, ACCENT), 8));
      if (!facts.instructors().isEmpty()) {
        doc.add(
            centered(
                "taught by " + String.join(", ", facts.instructors()),
                font(12, Font.ITALIC, INK),
                8));
      }
      doc.add(
          centered(
              "Completed on " + DAY.format(facts.completedAt()), font(13, Font.NORMAL, INK), 30));
      Font small = font(9, Font.NORMAL, INK);
      doc.add(left("Certificate code: " + facts.code(), font(11, Font.BOLD, INK)));
      doc.add(left("Issued: " + facts.issuedAt() + "   Course: " + facts.courseSlug(), small));
      doc.add(left("SHA-256 of the certificate content: " + sha256, small));
      doc.add(left("Verify at: " + verifyUrl, small));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render certificate " + facts.code(), e);
    }
    return out.toByteArray();
  }

  private static Font font(float size, int style, Color color) {
    return style == Font.BOLD
        ? new Font(BOLD, size, Font.NORMAL, color)
        : new Font(REGULAR, size, style, color);
  }

  /** A double rule around the page, in the accent color. */
  private static void frame(PdfContentByte canvas, Rectangle page) {
    canvas.saveState();
    canvas.setColorStroke(ACCENT);
    canvas.setLineWidth(3f);
    canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
    canvas.stroke();
    canvas.setLineWidth(0.75f);
    canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
    canvas.stroke();
    canvas.restoreState();
  }

  private static Paragraph centered(String text, Font font, float after) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(after);
    return p;
  }

  private static Paragraph left(String text, Font font) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setSpacingAfter(3);
    return p;
  }
}
