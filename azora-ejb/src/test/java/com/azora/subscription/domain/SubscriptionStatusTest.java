package com.azora.subscription.domain;

import static com.azora.subscription.domain.SubscriptionStatus.ACTIVE;
import static com.azora.subscription.domain.SubscriptionStatus.CANCELED;
import static com.azora.subscription.domain.SubscriptionStatus.PAST_DUE;
import static com.azora.subscription.domain.SubscriptionStatus.UNPAID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class SubscriptionStatusTest {

  @Test
  void renewalFailureAndRecoveryAreAllowed() {
    assertEquals(PAST_DUE, ACTIVE.moveTo(PAST_DUE));
    assertEquals(ACTIVE, PAST_DUE.moveTo(ACTIVE));
    assertEquals(UNPAID, PAST_DUE.moveTo(UNPAID));
    assertEquals(CANCELED, PAST_DUE.moveTo(CANCELED));
    assertEquals(ACTIVE, UNPAID.moveTo(ACTIVE));
    assertEquals(CANCELED, UNPAID.moveTo(CANCELED));
    assertEquals(CANCELED, ACTIVE.moveTo(CANCELED));
  }

  @Test
  void illegalMovesAreRefused() {
    DomainException e = assertThrows(DomainException.class, () -> CANCELED.moveTo(ACTIVE));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertEquals("A canceled subscription cannot become active.", e.getMessage());
    assertThrows(DomainException.class, () -> ACTIVE.moveTo(UNPAID));
    assertThrows(DomainException.class, () -> UNPAID.moveTo(PAST_DUE));
    for (SubscriptionStatus s : SubscriptionStatus.values()) {
      assertFalse(CANCELED.canMoveTo(s));
    }
  }

  @Test
  void onlyActiveAndPastDueGrantTheTiersFeatures() {
    assertTrue(ACTIVE.grantsFeatures());
    assertTrue(PAST_DUE.grantsFeatures());
    assertFalse(UNPAID.grantsFeatures());
    assertFalse(CANCELED.grantsFeatures());
  }
}
