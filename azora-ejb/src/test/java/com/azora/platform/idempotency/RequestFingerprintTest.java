package com.azora.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sameRequestSameHash() {
    String a = RequestFingerprint.of("POST", "/azora/api/orders", b("{\"courseId\":1}"));
    assertEquals(a, RequestFingerprint.of("post", "/azora/api/orders", b("{\"courseId\":1}")));
    assertTrue(a.matches("[0-9a-f]{64}"), a);
  }

  @Test
  void methodPathQueryAndBodyEachCount() {
    String a = RequestFingerprint.of("POST", "/api/orders", b("{\"courseId\":1}"));
    assertNotEquals(a, RequestFingerprint.of("PUT", "/api/orders", b("{\"courseId\":1}")));
    assertNotEquals(a, RequestFingerprint.of("POST", "/api/orders/", b("{\"courseId\":1}")));
    assertNotEquals(a, RequestFingerprint.of("POST", "/api/orders?x=1", b("{\"courseId\":1}")));
    assertNotEquals(a, RequestFingerprint.of("POST", "/api/orders", b("{\"courseId\":2}")));
    assertNotEquals(a, RequestFingerprint.of("POST", "/api/orders", b("{\"courseId\": 1}")));
  }

  @Test
  void bytesCannotMoveBetweenParts() {
    assertNotEquals(
        RequestFingerprint.of("POST", "/api/ab", b("c")),
        RequestFingerprint.of("POST", "/api/a", b("bc")));
  }

  @Test
  void noBodyIsTheEmptyBody() {
    assertEquals(
        RequestFingerprint.of("POST", "/api/x", null),
        RequestFingerprint.of("POST", "/api/x", new byte[0]));
  }

  @Test
  void keysAreOneTo255VisibleCharacters() {
    assertTrue(RequestFingerprint.validKey("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    assertTrue(RequestFingerprint.validKey("k".repeat(255)));
    assertFalse(RequestFingerprint.validKey("k".repeat(256)));
    assertFalse(RequestFingerprint.validKey(""));
    assertFalse(RequestFingerprint.validKey(null));
    assertFalse(RequestFingerprint.validKey("has space"));
    assertFalse(RequestFingerprint.validKey("ünïcode"));
  }
}
