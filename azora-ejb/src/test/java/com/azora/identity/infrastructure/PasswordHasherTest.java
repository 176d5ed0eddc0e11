package com.azora.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void hashesWithArgon2idAtOrAboveOwaspMinimum() {
    String hash = PasswordHasher.hash("correct horse battery staple");
    assertTrue(hash.startsWith("$shiro2$argon2id$v=19$"), hash);
    assertTrue(hash.contains("t=2,m=19456,p=1"), hash);
  }

  @Test
  void matchesOnlyTheRightPassword() {
    String hash = PasswordHasher.hash("correct horse battery staple");
    assertTrue(PasswordHasher.matches(hash, "correct horse battery staple"));
    assertFalse(PasswordHasher.matches(hash, "correct horse battery stapler"));
    assertFalse(PasswordHasher.matches(hash, null));
    assertFalse(PasswordHasher.matches("not a hash", "x"));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(
        PasswordHasher.hash("same password here"), PasswordHasher.hash("same password here"));
  }
}
