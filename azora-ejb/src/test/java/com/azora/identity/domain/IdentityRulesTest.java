package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.platform.image.ImageTypes;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invariants the identity aggregates guard themselves. */
class IdentityRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void newAccountsAreUnverifiedStudentsWithLowerCaseEmail() {
    UserAccount u = new UserAccount("  Jane@Example.ORG ", " Jane ", "hash", NOW);
    assertEquals("jane@example.org", u.getEmail());
    assertEquals("Jane", u.getDisplayName());
    assertEquals(java.util.Set.of(Role.STUDENT), u.getRoles());
    assertFalse(u.canSignIn(), "unverified accounts cannot sign in");
    u.markEmailVerified(NOW);
    assertTrue(u.canSignIn());
    u.disable();
    assertFalse(u.canSignIn());
  }

  @Test
  void totpNeedsConfirmationAndRefusesReplayedSteps() {
    UserAccount u = new UserAccount("a@b.co", "A", "hash", NOW);
    assertThrows(IllegalStateException.class, () -> u.confirmTotp(5));
    u.beginTotpEnrolment("SECRET");
    assertFalse(u.isTotpEnabled());
    u.confirmTotp(100);
    assertTrue(u.isTotpEnabled());
    assertThrows(IllegalStateException.class, () -> u.acceptTotpStep(100));
    u.acceptTotpStep(101);
    assertThrows(IllegalStateException.class, () -> u.beginTotpEnrolment("OTHER"));
    u.disableTotp();
    assertFalse(u.isTotpEnabled());
  }

  @Test
  void roleRequestsAreOnlyForEducatorOrEmployerAndDecidedOnce() {
    assertThrows(IllegalArgumentException.class, () -> new RoleRequest(1L, Role.ADMIN, null, NOW));
    RoleRequest r = new RoleRequest(1L, Role.EDUCATOR, "  I teach  ", NOW);
    assertEquals("I teach", r.getMotivation());
    r.decide(true, 9L, "welcome", NOW);
    assertEquals(RoleRequest.Status.APPROVED, r.getStatus());
    assertThrows(IllegalStateException.class, () -> r.decide(false, 9L, null, NOW));
  }

  @Test
  void oneTimeTokensWorkOnceAndExpire() {
    OneTimeToken t =
        new OneTimeToken(1L, OneTimeToken.Purpose.RESET_PASSWORD, "h", NOW, NOW.plusSeconds(60));
    assertFalse(t.usableAt(NOW.plusSeconds(60)));
    t.use(NOW.plusSeconds(10));
    assertThrows(IllegalStateException.class, () -> t.use(NOW.plusSeconds(11)));
  }

  @Test
  void imagesAreRecognisedByContentNotByName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 0, 0, 0, 0, 0, 0};
    byte[] webp = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};
    byte[] html = "<html><script>".getBytes();
    assertEquals(Optional.of("image/png"), ImageTypes.detect(png));
    assertEquals(Optional.of("image/jpeg"), ImageTypes.detect(jpeg));
    assertEquals(Optional.of("image/gif"), ImageTypes.detect(gif));
    assertEquals(Optional.of("image/webp"), ImageTypes.detect(webp));
    assertEquals(Optional.empty(), ImageTypes.detect(html));
    assertEquals(Optional.empty(), ImageTypes.detect(new byte[3]));
  }
}
