package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenCodecTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY =
      "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.750Z");
  private static final Duration TTL = Duration.ofMinutes(10);
  private static final String ISSUER = "https://azora.example";

  private final AccessTokenCodec codec = codecAt(NOW);

  private static AccessTokenCodec codecAt(Instant instant) {
    return new AccessTokenCodec(KEY, Clock.fixed(instant, ZoneOffset.UTC), TTL, ISSUER);
  }

  private String issue() {
    return codec.issue(42, "jane.doe@example.com", Set.of("USER", "ADMIN"));
  }

  private static String base64Url(String json) {
    return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static JWTClaimsSet validClaims() {
    Instant issued = NOW.minusSeconds(1);
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("42")
        .claim("email", "jane.doe@example.com")
        .claim("roles", List.of("ADMIN"))
        .issueTime(Date.from(issued))
        .expirationTime(Date.from(issued.plus(TTL)))
        .build();
  }

  private static String sign(JWSHeader header, JWTClaimsSet claims, byte[] key) throws Exception {
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(new MACSigner(key));
    return jwt.serialize();
  }

  private static JWSHeader accessTokenHeader(JWSAlgorithm algorithm) {
    return new JWSHeader.Builder(algorithm).type(new JOSEObjectType("at+jwt")).build();
  }

  @Test
  void roundTripsTheClaims() {
    AccessTokenClaims claims = codec.verify(issue()).orElseThrow();
    assertEquals(42, claims.userId());
    assertEquals("jane.doe@example.com", claims.email());
    assertEquals(Set.of("USER", "ADMIN"), claims.roles());
    assertEquals(Instant.parse("2026-03-01T10:25:30Z"), claims.expiresAt());
  }

  @Test
  void roundTripsNoRolesAndNegativeIds() {
    AccessTokenClaims claims = codec.verify(codec.issue(-7, "x@y.z", Set.of())).orElseThrow();
    assertEquals(-7, claims.userId());
    assertEquals(Set.of(), claims.roles());
  }

  @Test
  void writesAnHs256AccessTokenHeader() throws Exception {
    JWSHeader header = SignedJWT.parse(issue()).getHeader();
    assertEquals(JWSAlgorithm.HS256, header.getAlgorithm());
    assertEquals(new JOSEObjectType("at+jwt"), header.getType());
  }

  @Test
  void issuesADifferentTokenEachTime() {
    assertNotEquals(issue(), issue());
  }

  @Test
  void claimsRolesAreImmutable() {
    AccessTokenClaims claims = codec.verify(issue()).orElseThrow();
    assertThrows(UnsupportedOperationException.class, () -> claims.roles().add("ROOT"));
  }

  @Test
  void refusesATamperedPayload() throws Exception {
    String token = issue();
    String[] parts = token.split("\\.");
    String payload = SignedJWT.parse(token).getPayload().toString();
    String forged = payload.replace("\"sub\":\"42\"", "\"sub\":\"1\"");
    assertNotEquals(payload, forged);
    assertEquals(
        Optional.empty(), codec.verify(parts[0] + "." + base64Url(forged) + "." + parts[2]));
  }

  @Test
  void survivesRandomCorruptionWithoutThrowingOrChangingClaims() {
    String token = issue();
    AccessTokenClaims original = codec.verify(token).orElseThrow();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ {}\"";
    Random random = new Random(7519);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder corrupted = new StringBuilder(token);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(corrupted.length());
        corrupted.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // Base64url ignores the spare low bits of a segment's last character, so a few edits
      // leave the token intact; those must still yield exactly the original claims.
      Optional<AccessTokenClaims> result = codec.verify(corrupted.toString());
      result.ifPresent(claims -> assertEquals(original, claims, corrupted.toString()));
    }
  }

  @Test
  void refusesATamperedSignature() {
    String token = issue();
    char last = token.charAt(token.length() - 2);
    String tampered =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);
    assertEquals(Optional.empty(), codec.verify(tampered));
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    AccessTokenCodec other =
        new AccessTokenCodec(OTHER_KEY, Clock.fixed(NOW, ZoneOffset.UTC), TTL, ISSUER);
    assertEquals(Optional.empty(), codec.verify(other.issue(42, "a@b.c", Set.of())));
  }

  @Test
  void acceptsUntilTheExpiryInstantWithoutLeeway() {
    String token = issue();
    Instant expiry = Instant.parse("2026-03-01T10:25:30Z");
    assertTrue(codecAt(expiry.minusMillis(1)).verify(token).isPresent());
    assertEquals(Optional.empty(), codecAt(expiry).verify(token));
    assertEquals(Optional.empty(), codecAt(expiry.plusSeconds(1)).verify(token));
    assertEquals(Optional.empty(), codecAt(NOW.plus(Duration.ofDays(1))).verify(token));
  }

  @Test
  void refusesAnotherIssuer() {
    AccessTokenCodec other =
        new AccessTokenCodec(KEY, Clock.fixed(NOW, ZoneOffset.UTC), TTL, "https://evil.example");
    assertEquals(Optional.empty(), codec.verify(other.issue(42, "a@b.c", Set.of())));
  }

  @Test
  void refusesAlgNone() {
    String unsigned = new PlainJWT(validClaims()).serialize();
    assertEquals(Optional.empty(), codec.verify(unsigned));

    String[] parts = issue().split("\\.");
    String noneHeader = base64Url("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
    assertEquals(Optional.empty(), codec.verify(noneHeader + "." + parts[1] + "."));
    assertEquals(Optional.empty(), codec.verify(noneHeader + "." + parts[1] + "." + parts[2]));
  }

  @Test
  void aRememberedTokenStillExpiresAndItsAlteredCopiesAreStillRefused() {
    Instant[] now = {NOW};
    Clock moving =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    AccessTokenCodec remembering = new AccessTokenCodec(KEY, moving, TTL, ISSUER);
    String token = remembering.issue(42, "jane.doe@example.com", Set.of("USER"));
    AccessTokenClaims first = remembering.verify(token).orElseThrow();
    assertEquals(Optional.of(first), remembering.verify(token), "remembered");
    String[] parts = token.split("\\.");
    String otherSignature = parts[0] + "." + parts[1] + "." + base64Url("forged");
    assertEquals(Optional.empty(), remembering.verify(otherSignature));
    String otherClaims =
        parts[0] + "." + base64Url("{\"sub\":\"1\",\"iss\":\"" + ISSUER + "\"}") + "." + parts[2];
    assertEquals(Optional.empty(), remembering.verify(otherClaims));
    now[0] = first.expiresAt();
    assertEquals(Optional.empty(), remembering.verify(token), "expired although remembered");
    now[0] = NOW;
    assertEquals(Optional.of(first), remembering.verify(token), "checked in full again");
  }

  @Test
  void acceptsAHandMadeTokenSoTheRefusalsBelowAreMeaningful() throws Exception {
    String token = sign(accessTokenHeader(JWSAlgorithm.HS256), validClaims(), KEY);
    assertTrue(codec.verify(token).isPresent());
  }

  @Test
  void refusesOtherHmacAlgorithmsWithTheSameKey() throws Exception {
    byte[] longKey = new byte[64];
    Arrays.fill(longKey, (byte) 7);
    AccessTokenCodec longKeyCodec =
        new AccessTokenCodec(longKey, Clock.fixed(NOW, ZoneOffset.UTC), TTL, ISSUER);
    String hs512 = sign(accessTokenHeader(JWSAlgorithm.HS512), validClaims(), longKey);
    String hs384 = sign(accessTokenHeader(JWSAlgorithm.HS384), validClaims(), longKey);
    assertEquals(Optional.empty(), longKeyCodec.verify(hs512));
    assertEquals(Optional.empty(), longKeyCodec.verify(hs384));
  }

  @Test
  void refusesOtherTokenTypes() throws Exception {
    JWSHeader plainJwt = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
    JWSHeader untyped = new JWSHeader.Builder(JWSAlgorithm.HS256).build();
    assertEquals(Optional.empty(), codec.verify(sign(plainJwt, validClaims(), KEY)));
    assertEquals(Optional.empty(), codec.verify(sign(untyped, validClaims(), KEY)));
  }

  @Test
  void refusesSignedTokensWithMissingOrMistypedClaims() throws Exception {
    JWSHeader header = accessTokenHeader(JWSAlgorithm.HS256);
    List<JWTClaimsSet> broken =
        List.of(
            new JWTClaimsSet.Builder(validClaims()).expirationTime(null).build(),
            new JWTClaimsSet.Builder(validClaims()).subject(null).build(),
            new JWTClaimsSet.Builder(validClaims()).subject("jane").build(),
            new JWTClaimsSet.Builder(validClaims()).issuer(null).build(),
            new JWTClaimsSet.Builder(validClaims()).claim("email", null).build(),
            new JWTClaimsSet.Builder(validClaims()).claim("email", 5).build(),
            new JWTClaimsSet.Builder(validClaims()).claim("roles", null).build(),
            new JWTClaimsSet.Builder(validClaims()).claim("roles", "ADMIN").build());
    for (JWTClaimsSet claims : broken) {
      assertEquals(Optional.empty(), codec.verify(sign(header, claims, KEY)), claims.toString());
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "garbage",
        "a.b.c",
        "...",
        "a.b",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9",
        "eyJhbGciOiJIUzI1NiJ9.%%%.abc",
        "eyJ9.eyJ9.eyJ9",
        "bm90IGpzb24.bm90IGpzb24.bm90IGpzb24",
        "bnVsbA.bnVsbA.bnVsbA",
        "e30.e30.e30"
      })
  void refusesMalformedTokens(String token) {
    assertEquals(Optional.empty(), codec.verify(token));
  }

  @Test
  void refusesShortKeysAndBadSettings() {
    Clock clock = Clock.systemUTC();
    assertThrows(
        IllegalArgumentException.class,
        () -> new AccessTokenCodec(new byte[31], clock, TTL, ISSUER));
    assertThrows(
        IllegalArgumentException.class, () -> new AccessTokenCodec(null, clock, TTL, ISSUER));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AccessTokenCodec(KEY, clock, Duration.ZERO, ISSUER));
    assertThrows(IllegalArgumentException.class, () -> new AccessTokenCodec(KEY, clock, TTL, " "));
  }

  @Test
  void keepsItsOwnCopyOfTheKey() {
    byte[] key = KEY.clone();
    AccessTokenCodec copying =
        new AccessTokenCodec(key, Clock.fixed(NOW, ZoneOffset.UTC), TTL, ISSUER);
    key[0] ^= 1;
    assertTrue(codec.verify(copying.issue(1, "a@b.c", Set.of())).isPresent());
  }
}
