package com.azora.e2e.support;

import jakarta.json.Json;
import java.util.Map;
import java.util.UUID;

/** POST /api/me/subscription as a client sends it: only the fields given, an Idempotency-Key. */
public final class SubscriptionApi {

  private SubscriptionApi() {}

  /** The request body; null fields are left out. */
  public static String body(String tier, String interval, String provider) {
    var b = Json.createObjectBuilder();
    if (tier != null) {
      b.add("tier", tier);
    }
    if (interval != null) {
      b.add("interval", interval);
    }
    if (provider != null) {
      b.add("provider", provider);
    }
    return b.build().toString();
  }

  /** Posts a change with a fresh Idempotency-Key. */
  public static WebSession.Page change(
      WebSession api, String token, String tier, String interval, String provider) {
    return api.json(
        "POST",
        "/api/me/subscription",
        body(tier, interval, provider),
        token,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }
}
