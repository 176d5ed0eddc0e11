package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

  private static final String SEED_SHA1 = "12345678901234567890";
  private static final String SEED_SHA256 = "12345678901234567890123456789012";
  private static final String SEED_SHA512 =
      "1234567890123456789012345678901234567890123456789012345678901234";

  /** A moment in the middle of a 30-second step, so the window is symmetric around it. */
  private static final long NOW = 1_700_000_015L;

  /** Fixed, like the clock, so no neighbouring steps share a code by chance. */
  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private final Totp totp = new Totp(fixedAt(NOW));

  private static Clock fixedAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private static byte[] ascii(String seed) {
    return seed.getBytes(StandardCharsets.US_ASCII);
  }

  private String codeAt(long step) {
    return Totp.code(Base32.decode(SECRET), step, 6, "HmacSHA1");
  }

  /** Every row of RFC 6238 Appendix B. */
  @ParameterizedTest(name = "{2} at {0}s")
  @CsvSource({
    "59, 94287082, HmacSHA1",
    "59, 46119246, HmacSHA256",
    "59, 90693936, HmacSHA512",
    "1111111109, 07081804, HmacSHA1",
    "1111111109, 68084774, HmacSHA256",
    "1111111109, 25091201, HmacSHA512",
    "1111111111, 14050471, HmacSHA1",
    "1111111111, 67062674, HmacSHA256",
    "1111111111, 99943326, HmacSHA512",
    "1234567890, 89005924, HmacSHA1",
    "1234567890, 91819424, HmacSHA256",
    "1234567890, 93441116, HmacSHA512",
    "2000000000, 69279037, HmacSHA1",
    "2000000000, 90698825, HmacSHA256",
    "2000000000, 38618901, HmacSHA512",
    "20000000000, 65353130, HmacSHA1",
    "20000000000, 77737706, HmacSHA256",
    "20000000000, 47863826, HmacSHA512"
  })
  void rfc6238AppendixB(long time, String expected, String algorithm) {
    String seed =
        switch (algorithm) {
          case "HmacSHA1" -> SEED_SHA1;
          case "HmacSHA256" -> SEED_SHA256;
          default -> SEED_SHA512;
        };
    long step = new Totp(fixedAt(time)).currentStep();
    assertEquals(expected, Totp.code(ascii(seed), step, 8, algorithm));
  }

  /** RFC 4226 Appendix D: the HOTP values the truncation is defined by. */
  @Test
  void rfc4226AppendixD() {
    String[] expected = {
      "755224", "287082", "359152", "969429", "338314",
      "254676", "287922", "162583", "399871", "520489"
    };
    for (int counter = 0; counter < expected.length; counter++) {
      assertEquals(expected[counter], Totp.code(ascii(SEED_SHA1), counter, 6, "HmacSHA1"));
    }
  }

  @Test
  void codeRefusesUnusableParameters() {
    byte[] key = ascii(SEED_SHA1);
    assertThrows(IllegalArgumentException.class, () -> Totp.code(key, 1, 0, "HmacSHA1"));
    assertThrows(IllegalArgumentException.class, () -> Totp.code(key, 1, 10, "HmacSHA1"));
    assertThrows(IllegalArgumentException.class, () -> Totp.code(key, 1, 6, "HmacMD4"));
  }

  @Test
  void codeIsZeroPaddedToTheRequestedDigits() {
    // 07081804 in Appendix B: truncated to 6 digits it keeps its leading zero.
    assertEquals("081804", Totp.code(ascii(SEED_SHA1), 0x23523EC, 6, "HmacSHA1"));
    assertEquals(9, Totp.code(ascii(SEED_SHA1), 1, 9, "HmacSHA1").length());
  }

  @Test
  void currentStepCountsThirtySecondSteps() {
    assertEquals(0, new Totp(fixedAt(0)).currentStep());
    assertEquals(0, new Totp(fixedAt(29)).currentStep());
    assertEquals(1, new Totp(fixedAt(30)).currentStep());
    assertEquals(1, new Totp(fixedAt(59)).currentStep());
    assertEquals(NOW / 30, totp.currentStep());
  }

  @Test
  void verifyAcceptsTheRfcSeedInBase32AtAppendixBTimes() {
    String rfcSecret = Base32.encode(ascii(SEED_SHA1));
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", rfcSecret);
    // The SHA1 rows 94287082 and 07081804 cut to the 6 digits apps show.
    assertEquals(OptionalLong.of(1), new Totp(fixedAt(59)).verify(rfcSecret, "287082", null));
    assertEquals(
        OptionalLong.of(37037036), new Totp(fixedAt(1111111109)).verify(rfcSecret, "081804", null));
  }

  @Test
  void verifyAcceptsOneStepEitherSideOfNow() {
    long now = totp.currentStep();
    for (long step = now - 1; step <= now + 1; step++) {
      assertEquals(OptionalLong.of(step), totp.verify(SECRET, codeAt(step), null));
    }
  }

  @Test
  void verifyRefusesCodesOutsideTheWindow() {
    long now = totp.currentStep();
    assertEquals(OptionalLong.empty(), totp.verify(SECRET, codeAt(now - 2), null));
    assertEquals(OptionalLong.empty(), totp.verify(SECRET, codeAt(now + 2), null));
  }

  @Test
  void verifyRefusesTheSameStepTwice() {
    String code = codeAt(totp.currentStep());
    OptionalLong first = totp.verify(SECRET, code, null);
    assertTrue(first.isPresent());
    assertEquals(OptionalLong.empty(), totp.verify(SECRET, code, first.getAsLong()));
  }

  @Test
  void verifyRefusesAnEarlierStepAfterALaterOneWasUsed() {
    long now = totp.currentStep();
    assertEquals(OptionalLong.empty(), totp.verify(SECRET, codeAt(now - 1), now));
    assertEquals(OptionalLong.empty(), totp.verify(SECRET, codeAt(now), now + 1));
  }

  @Test
  void verifyAcceptsTheNextStepAfterAnUsedOne() {
    long now = totp.currentStep();
    assertEquals(OptionalLong.of(now), totp.verify(SECRET, codeAt(now), now - 1));
    assertEquals(OptionalLong.of(now + 1), totp.verify(SECRET, codeAt(now + 1), now));
  }

  @Test
  void verifyRefusesAWrongCode() {
    long now = totp.currentStep();
    Set<String> valid = Set.of(codeAt(now - 1), codeAt(now), codeAt(now + 1));
    String wrong =
        IntStream.range(0, 4)
            .mapToObj(i -> String.format("%06d", i))
            .filter(code -> !valid.contains(code))
            .findFirst()
            .orElseThrow();
    assertEquals(OptionalLong.empty(), totp.verify(SECRET, wrong, null));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "", "12345", "1234567", "12a456", " 123456", "123456 ", "-12345", "１２３４５６", "12 456"
      })
  void verifyRefusesMalformedCodes(String code) {
    assertEquals(OptionalLong.empty(), totp.verify(SECRET, code, null));
  }

  @Test
  void verifyAcceptsALowerCaseSecret() {
    String code = codeAt(totp.currentStep());
    assertTrue(totp.verify(SECRET.toLowerCase(), code, null).isPresent());
  }

  @Test
  void newSecretIsTwentyRandomBytesInBase32() {
    String first = Totp.newSecret();
    assertEquals(32, first.length());
    assertTrue(first.matches("[A-Z2-7]{32}"));
    assertEquals(20, Base32.decode(first).length);
    assertNotEquals(first, Totp.newSecret());
  }

  @Test
  void otpauthUriFollowsTheKeyUriFormat() {
    String secret = "JBSWY3DPEHPK3PXP";
    assertEquals(
        "otpauth://totp/Azora:jane.doe%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Azora"
            + "&algorithm=SHA1&digits=6&period=30",
        Totp.otpauthUri("Azora", "jane.doe@example.com", secret));
  }

  @Test
  void otpauthUriEncodesSpacesAndReservedCharacters() {
    String uri = Totp.otpauthUri("Acme & Co", "Zoë: test", "jbsw y3dp ehpk 3pxp");
    assertEquals(
        "otpauth://totp/Acme%20%26%20Co:Zo%C3%AB%3A%20test?secret=JBSWY3DPEHPK3PXP"
            + "&issuer=Acme%20%26%20Co&algorithm=SHA1&digits=6&period=30",
        uri);
  }

  @Test
  void otpauthSecretRoundTripsToTheSameKey() {
    String secret = Totp.newSecret();
    String uri = Totp.otpauthUri("Azora", "a@b.c", secret);
    String inUri = uri.replaceAll(".*secret=([A-Z2-7]+)&.*", "$1");
    assertArrayEquals(Base32.decode(secret), Base32.decode(inUri));
  }
}
