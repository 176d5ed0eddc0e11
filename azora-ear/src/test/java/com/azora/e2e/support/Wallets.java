package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Funds wallets the way an admin does (the audited adjustment API) and reads their balances. */
public final class Wallets {

  private Wallets() {}

  /** Credits a wallet: AZR from the treasury, fiat from provider clearing (a bank transfer). */
  public static void credit(AzoraTestServer server, String email, String currency, String amount) {
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("currency", currency)
            .add("amount", new BigDecimal(amount))
            .add("reason", "Test top-up for " + email)
            .build()
            .toString();
    WebSession.Page p =
        new WebSession(server.baseUrl())
            .json(
                "POST",
                "/api/admin/ledger/adjustments",
                body,
                admin,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, p.status(), p.body());
  }

  /** A user's wallet balance in a currency at scale 2 (zero for a wallet never used). */
  public static BigDecimal balance(long userId, String currency) {
    return new BigDecimal(
            Db.one(
                "select coalesce((select balance from ledger_account where kind = 'USER_WALLET'"
                    + " and currency = ? and owner_id = ?), 0)",
                currency,
                userId))
        .setScale(2);
  }
}
