package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

  @Test
  void randomTokenIsUnpaddedBase64UrlOfTheRequestedBytes() {
    String token = Secrets.randomToken(32);
    assertEquals(43, token.length());
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    assertEquals(32, Base64.getUrlDecoder().decode(token).length);
    assertEquals(2, Secrets.randomToken(1).length());
  }

  @Test
  void randomTokensDiffer() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      tokens.add(Secrets.randomToken(16));
    }
    assertEquals(1000, tokens.size());
  }

  @Test
  void randomTokenRefusesNonPositiveSizes() {
    assertThrows(IllegalArgumentException.class, () -> Secrets.randomToken(0));
    assertThrows(IllegalArgumentException.class, () -> Secrets.randomToken(-1));
  }

  @ParameterizedTest
  @CsvSource({
    "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "é, 4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"
  })
  void sha256HexIsLowerCaseHexOfTheUtf8Bytes(String value, String expected) {
    assertEquals(expected, Secrets.sha256Hex(value));
    assertEquals(64, Secrets.sha256Hex(value).length());
  }

  @Test
  void constantTimeEqualsComparesContent() {
    assertTrue(Secrets.constantTimeEquals("token", new String("token")));
    assertTrue(Secrets.constantTimeEquals("", ""));
    assertTrue(Secrets.constantTimeEquals("é", "é"));
    assertFalse(Secrets.constantTimeEquals("token", "Token"));
    assertFalse(Secrets.constantTimeEquals("token", "token "));
    assertFalse(Secrets.constantTimeEquals("", "x"));
  }

  @Test
  void constantTimeEqualsIsFalseForNull() {
    assertFalse(Secrets.constantTimeEquals(null, "x"));
    assertFalse(Secrets.constantTimeEquals("x", null));
    assertFalse(Secrets.constantTimeEquals(null, null));
  }
}
