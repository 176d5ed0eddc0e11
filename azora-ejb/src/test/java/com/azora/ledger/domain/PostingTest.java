package com.azora.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostingTest {

  private static final AccountRef ALICE = AccountRef.wallet(1, LedgerCurrency.AZR);
  private static final AccountRef BOB = AccountRef.wallet(2, LedgerCurrency.AZR);
  private static final AccountRef TREASURY =
      AccountRef.system(AccountKind.TREASURY, LedgerCurrency.AZR);

  @Test
  void aMoveBalancesAndMergesEntriesOnTheSameAccount() {
    Posting p =
        Posting.builder("TRANSFER", "k1", "Alice pays Bob")
            .move(ALICE, BOB, new BigDecimal("3.5"))
            .move(ALICE, BOB, new BigDecimal("1.25"))
            .build();
    assertEquals(2, p.entries().size());
    assertEquals(new BigDecimal("-4.75"), p.entries().get(0).amount());
    assertEquals(new BigDecimal("4.75"), p.entries().get(1).amount());
  }

  @Test
  void unbalancedOrTooFewEntriesAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Posting.builder("MINT", "k", "x")
                    .entry(ALICE, BigDecimal.ONE)
                    .entry(TREASURY, new BigDecimal("-0.99"))
                    .build());
    assertTrue(e.getMessage().contains("sum to 0.01"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Posting.builder("MINT", "k", "x")
                .move(ALICE, BOB, BigDecimal.ONE)
                .move(BOB, ALICE, BigDecimal.ONE)
                .build());
  }

  @Test
  void amountsBeyondTheCurrencyScaleAreRefusedNotRounded() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Posting.builder("TRANSFER", "k", "x").move(ALICE, BOB, new BigDecimal("0.001")));
    // Half-even: ties go to the even cent.
    assertEquals(new BigDecimal("0.34"), LedgerCurrency.USD.round(new BigDecimal("0.335")));
    assertEquals(new BigDecimal("0.34"), LedgerCurrency.USD.round(new BigDecimal("0.345")));
  }

  @Test
  void movesNeedAPositiveAmountInOneCurrency() {
    Posting.Builder b = Posting.builder("TRANSFER", "k", "x");
    assertThrows(IllegalArgumentException.class, () -> b.move(ALICE, BOB, BigDecimal.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> b.move(ALICE, AccountRef.wallet(2, LedgerCurrency.USD), BigDecimal.ONE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AccountRef(AccountKind.TREASURY, 5L, LedgerCurrency.AZR));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AccountRef(AccountKind.USER_WALLET, null, LedgerCurrency.AZR));
  }

  @Test
  void theFingerprintIgnoresWordingButNotAmounts() {
    Posting a = Posting.builder("TRANSFER", "k", "one").move(ALICE, BOB, BigDecimal.TEN).build();
    Posting b = Posting.builder("TRANSFER", "k", "two").move(ALICE, BOB, BigDecimal.TEN).build();
    Posting c = Posting.builder("TRANSFER", "k", "one").move(ALICE, BOB, BigDecimal.ONE).build();
    assertEquals(a.fingerprint(), b.fingerprint());
    assertNotEquals(a.fingerprint(), c.fingerprint());
  }

  @Test
  void theChainHashCoversEveryFieldAndChangesWithAnyOfThem() {
    List<ChainHash.Line> lines =
        List.of(
            new ChainHash.Line(2, "AZR", new BigDecimal("10")),
            new ChainHash.Line(1, "AZR", new BigDecimal("-10.00")));
    ChainHash.Content c =
        new ChainHash.Content(
            7,
            "REWARD",
            "reward:event:1",
            Instant.parse("2026-12-04T06:00:00.123456Z"),
            3L,
            null,
            "Lesson completed",
            "{\"eventId\":\"1\"}",
            lines);
    String h = ChainHash.of(ChainHash.GENESIS, c);
    assertEquals(64, h.length());
    // Entry order and trailing zeros do not matter; amounts, previous hash and text do.
    assertEquals(
        h,
        ChainHash.of(
            ChainHash.GENESIS,
            new ChainHash.Content(
                7,
                "REWARD",
                "reward:event:1",
                Instant.parse("2026-12-04T06:00:00.123456Z"),
                3L,
                null,
                "Lesson completed",
                "{\"eventId\":\"1\"}",
                List.of(
                    lines.get(1), new ChainHash.Line(2, "AZR", new BigDecimal("10.00000000"))))));
    assertNotEquals(h, ChainHash.of("1".repeat(64), c));
    assertNotEquals(
        h,
        ChainHash.of(
            ChainHash.GENESIS,
            new ChainHash.Content(
                7,
                "REWARD",
                "reward:event:1",
                Instant.parse("2026-12-04T06:00:00.123456Z"),
                3L,
                null,
                "Lesson completed!",
                "{\"eventId\":\"1\"}",
                lines)));
  }

  @Test
  void metadataIsCanonicalJson() {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("memo", "say \"hi\"\n");
    m.put("courseId", "12");
    assertEquals("{\"courseId\":\"12\",\"memo\":\"say \\\"hi\\\"\\n\"}", ChainHash.metadataJson(m));
  }
}
