package com.azora.platform.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;

/**
 * The embedded DejaVu fonts every Azora PDF uses: Unicode (names, "—", currency signs) renders the
 * same on every reader, which the standard PDF fonts do not guarantee.
 */
public final class PdfFonts {

  public static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
  public static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

  private PdfFonts() {}

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + resource);
      }
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("Cannot load font " + resource, e);
    }
  }
}
