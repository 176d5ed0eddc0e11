package com.azora.subscription.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WalletPaymentProviderTest {

  @Test
  void theCustomerIsAUserReferenceThatRoundTrips() {
    assertEquals("user:42", WalletPaymentProvider.customer(42));
    assertEquals(42L, WalletPaymentProvider.userId("user:42"));
  }

  @Test
  void anythingElseIsRefusedRatherThanChargingTheWrongWallet() {
    assertThrows(IllegalArgumentException.class, () -> WalletPaymentProvider.userId(null));
    assertThrows(IllegalArgumentException.class, () -> WalletPaymentProvider.userId("cus_123"));
    assertThrows(IllegalArgumentException.class, () -> WalletPaymentProvider.userId("user:-1"));
  }
}
