package com.azora.credential.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.credential.domain.CertificateContent;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private static final CertificateContent FACTS =
      new CertificateContent(
          "ABCD-EFGH-JKLM-NP23",
          "Grace Hopper",
          "Compilers from Scratch",
          "compilers-from-scratch",
          List.of("Niklaus Wirth"),
          Instant.parse("2026-11-20T10:15:30Z"),
          Instant.parse("2026-11-20T10:15:31Z"));

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  @Test
  void showsLearnerCourseDateCodeHashAndVerifyAddress() throws Exception {
    String url = "https://azora.example/verify/ABCD-EFGH-JKLM-NP23";
    byte[] pdf = CertificatePdf.render(FACTS, FACTS.sha256(), url);
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    String text = text(pdf);
    for (String expected :
        List.of(
            "Grace Hopper",
            "Compilers from Scratch",
            "Niklaus Wirth",
            "20 November 2026",
            "ABCD-EFGH-JKLM-NP23",
            FACTS.sha256(),
            url)) {
      assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
    }
  }

  @Test
  void sameContentGivesTheSameText() throws Exception {
    String url = "https://azora.example/verify/ABCD-EFGH-JKLM-NP23";
    assertEquals(
        text(CertificatePdf.render(FACTS, FACTS.sha256(), url)),
        text(
            CertificatePdf.render(
                CertificateContent.parse(FACTS.canonical()), FACTS.sha256(), url)));
  }

  @Test
  void namesBeyondLatin1PrintAsWritten() throws Exception {
    CertificateContent facts =
        new CertificateContent(
            "ABCD-EFGH-JKLM-NP23",
            "Łukasz Dvořák Ангелина Παπαδοπούλου",
            "Ørsted’s law – basics",
            "orsted",
            List.of("Zoë Ñúñez"),
            Instant.parse("2026-11-20T10:15:30Z"),
            Instant.parse("2026-11-20T10:15:31Z"));
    String text = text(CertificatePdf.render(facts, facts.sha256(), "http://x/verify/c"));
    for (String expected :
        List.of("Łukasz Dvořák Ангелина Παπαδοπούλου", "Ørsted’s law – basics", "Zoë Ñúñez")) {
      assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
    }
  }
}
