package com.azora.subscription.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.platform.error.DomainException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TierTest {

  private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

  private static Tier tier(String code) throws Exception {
    Tier t = new Tier();
    Field f = Tier.class.getDeclaredField("code");
    f.setAccessible(true);
    f.set(t, code);
    return t;
  }

  private static TierTerms terms(String monthly, String annual, boolean active) {
    return new TierTerms(
        " Pro ", new BigDecimal(monthly), new BigDecimal(annual), 200, true, 5, active);
  }

  @Test
  void aPaidTierTakesPricesFeaturesAndLimits() throws Exception {
    Tier pro = tier("PRO");
    pro.update(terms("12.5", "120", true), 1L, NOW);
    assertEquals("Pro", pro.getName());
    assertEquals(new BigDecimal("12.50"), pro.price(BillingInterval.MONTHLY));
    assertEquals(new BigDecimal("120.00"), pro.price(BillingInterval.ANNUAL));
    assertTrue(pro.allows(Feature.PREMIUM_COURSES));
    assertEquals(200, pro.limit(Limit.AI_TUTOR_QUOTA_PER_MONTH));
    assertEquals(5, pro.limit(Limit.MAX_ACTIVE_PROJECTS));
  }

  @Test
  void badTermsAreRefusedWithTheFieldAtFault() throws Exception {
    Tier pro = tier("PRO");
    DomainException cents =
        assertThrows(
            DomainException.class, () -> pro.update(terms("12.345", "120", true), 1L, NOW));
    assertEquals("monthlyPrice", cents.field());
    assertThrows(DomainException.class, () -> pro.update(terms("0", "120", true), 1L, NOW));
    DomainException negative =
        assertThrows(DomainException.class, () -> pro.update(terms("12", "-1", true), 1L, NOW));
    assertEquals("annualPrice", negative.field());
  }

  @Test
  void freeCostsNothingAndStaysOnSale() throws Exception {
    Tier free = tier("FREE");
    assertThrows(DomainException.class, () -> free.update(terms("1", "1", true), 1L, NOW));
    DomainException off =
        assertThrows(DomainException.class, () -> free.update(terms("0", "0", false), 1L, NOW));
    assertEquals("active", off.field());
    free.update(terms("0", "0", true), 1L, NOW);
    assertTrue(free.isFree());
    assertFalse(tier("PRO").isFree());
  }
}
