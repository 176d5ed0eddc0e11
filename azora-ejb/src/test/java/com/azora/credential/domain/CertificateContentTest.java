package com.azora.credential.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateContentTest {

  private static final String CODE = "ABCD-EFGH-JKLM-NP23";
  private static final Instant DONE = Instant.parse("2026-11-20T10:15:30.123456Z");
  private static final Instant ISSUED = Instant.parse("2026-11-20T10:15:31Z");

  private static CertificateContent sample() {
    return new CertificateContent(
        CODE,
        "Ada Lovelace",
        "Analytical Engines",
        "analytical-engines",
        List.of("Charles Babbage", "Ada Byron"),
        DONE,
        ISSUED);
  }

  @Test
  void canonicalTextIsExactAndStable() {
    String expected =
        "Azora certificate of completion\n"
            + "format: 1\n"
            + "code: ABCD-EFGH-JKLM-NP23\n"
            + "learner: Ada Lovelace\n"
            + "course: Analytical Engines\n"
            + "course-slug: analytical-engines\n"
            + "instructor: Ada Byron\n"
            + "instructor: Charles Babbage\n"
            + "completed: 2026-11-20T10:15:30Z\n"
            + "issued: 2026-11-20T10:15:31Z\n";
    assertEquals(expected, sample().canonical());
    // The same text through sha256sum(1).
    assertEquals(
        "c04842c593bc73de067a57609149b46482ca6ea23c43a6cc05e32a536c8e809e", sample().sha256());
  }

  @Test
  void instructorOrderDoesNotChangeTheHash() {
    CertificateContent reordered =
        new CertificateContent(
            CODE,
            "Ada Lovelace",
            "Analytical Engines",
            "analytical-engines",
            List.of("Ada Byron", "Charles Babbage"),
            DONE,
            ISSUED);
    assertEquals(sample().sha256(), reordered.sha256());
  }

  @Test
  void anyChangedFactChangesTheHash() {
    String base = sample().sha256();
    List<CertificateContent> changed =
        List.of(
            new CertificateContent(
                "ABCD-EFGH-JKLM-NP24",
                "Ada Lovelace",
                "Analytical Engines",
                "analytical-engines",
                List.of("Charles Babbage", "Ada Byron"),
                DONE,
                ISSUED),
            new CertificateContent(
                CODE,
                "Ada Lovelacf",
                "Analytical Engines",
                "analytical-engines",
                List.of("Charles Babbage", "Ada Byron"),
                DONE,
                ISSUED),
            new CertificateContent(
                CODE,
                "Ada Lovelace",
                "Analytical Engine",
                "analytical-engines",
                List.of("Charles Babbage", "Ada Byron"),
                DONE,
                ISSUED),
            new CertificateContent(
                CODE,
                "Ada Lovelace",
                "Analytical Engines",
                "analytical-engine",
                List.of("Charles Babbage", "Ada Byron"),
                DONE,
                ISSUED),
            new CertificateContent(
                CODE,
                "Ada Lovelace",
                "Analytical Engines",
                "analytical-engines",
                List.of("Charles Babbage"),
                DONE,
                ISSUED),
            new CertificateContent(
                CODE,
                "Ada Lovelace",
                "Analytical Engines",
                "analytical-engines",
                List.of("Charles Babbage", "Ada Byron"),
                DONE.plusSeconds(1),
                ISSUED),
            new CertificateContent(
                CODE,
                "Ada Lovelace",
                "Analytical Engines",
                "analytical-engines",
                List.of("Charles Babbage", "Ada Byron"),
                DONE,
                ISSUED.plusSeconds(1)));
    Set<String> hashes = new HashSet<>();
    for (CertificateContent c : changed) {
      assertNotEquals(base, c.sha256(), c.canonical());
      hashes.add(c.sha256());
    }
    assertEquals(changed.size(), hashes.size());
  }

  @Test
  void lineBreaksInNamesCannotForgeLines() {
    CertificateContent c =
        new CertificateContent(CODE, "Eve\ncourse: Fake", "Real", "real", List.of(), DONE, ISSUED);
    assertEquals("Eve course: Fake", c.learnerName());
    assertEquals(1, c.canonical().lines().filter(l -> l.startsWith("course: ")).count());
  }

  @Test
  void parseReadsBackWhatCanonicalWrote() {
    CertificateContent c = sample();
    CertificateContent back = CertificateContent.parse(c.canonical());
    assertEquals(c, back);
    assertEquals(c.sha256(), back.sha256());
  }

  @Test
  void parseRefusesOtherText() {
    assertThrows(IllegalArgumentException.class, () -> CertificateContent.parse("hello\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> CertificateContent.parse(sample().canonical().replace("format: 1", "format: 9")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateContent("nope", "A", "B", "b", List.of(), DONE, ISSUED));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateContent(CODE, "  ", "B", "b", List.of(), DONE, ISSUED));
  }
}
