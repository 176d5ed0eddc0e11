package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** API sign-in and JSON parsing for tests that call the REST API. */
public final class Api {

  private Api() {}

  /** An access token for the account, from POST /api/auth/login. */
  public static String token(AzoraTestServer server, String email, String password) {
    WebSession.Page p =
        new WebSession(server.baseUrl())
            .json(
                "POST",
                "/api/auth/login",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("password", password)
                    .build()
                    .toString(),
                null);
    assertEquals(200, p.status(), p.body());
    return object(p).getString("accessToken");
  }

  public static JsonObject object(WebSession.Page p) {
    return Json.createReader(new StringReader(p.body())).readObject();
  }
}
