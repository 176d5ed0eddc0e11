package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The REST API over HTTP against the deployed EAR: tokens, /api/me, problem+json, OpenAPI. */
@AzoraE2E
class ApiIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final WebSession web = new WebSession(server.baseUrl());

  private static JsonObject json(WebSession.Page p) {
    return Json.createReader(new StringReader(p.body())).readObject();
  }

  private String registerVerified() {
    String email = Accounts.uniqueEmail("api");
    WebSession.Page r =
        web.json(
            "POST",
            "/api/auth/register",
            "{\"displayName\":\"Api User\",\"email\":\""
                + email
                + "\",\"password\":\""
                + Accounts.STRONG_PASSWORD
                + "\"}",
            null);
    assertEquals(202, r.status(), r.body());
    web.get(Accounts.linkPath(server.awaitMail(email, "Confirm your Azora email")));
    return email;
  }

  private JsonObject login(String email, String password) {
    WebSession.Page p =
        web.json(
            "POST",
            "/api/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
            null);
    assertEquals(200, p.status(), p.body());
    return json(p);
  }

  @Test
  void loginMeAndPatch() {
    String email = registerVerified();
    JsonObject tokens = login(email, Accounts.STRONG_PASSWORD);
    String access = tokens.getString("accessToken");
    WebSession.Page me = web.json("GET", "/api/me", null, access);
    assertEquals(200, me.status(), me.body());
    assertEquals(email, json(me).getString("email"));
    assertEquals("STUDENT", json(me).getJsonArray("roles").getString(0));

    WebSession.Page patched =
        web.json(
            "PATCH",
            "/api/me",
            "{\"location\":\"Cape Town\",\"timeZone\":\"Africa/Johannesburg\"}",
            access);
    assertEquals(200, patched.status(), patched.body());
    assertEquals("Cape Town", json(patched).getString("location"));
    assertEquals("Api User", json(patched).getString("displayName"));
  }

  @Test
  void badPatchIsProblemJsonWithTheField() {
    String access = login(registerVerified(), Accounts.STRONG_PASSWORD).getString("accessToken");
    WebSession.Page bad = web.json("PATCH", "/api/me", "{\"timeZone\":\"Mars/Olympus\"}", access);
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.headers().get("content-type").get(0).startsWith("application/problem+json"));
    JsonObject problem = json(bad);
    assertEquals(400, problem.getInt("status"));
    assertEquals("timeZone", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void weakPasswordIsRefusedWithTheReason() {
    WebSession.Page r =
        web.json(
            "POST",
            "/api/auth/register",
            "{\"displayName\":\"Weak\",\"email\":\""
                + Accounts.uniqueEmail("weak")
                + "\",\"password\":\"password1234\"}",
            null);
    assertEquals(400, r.status(), r.body());
    JsonObject field = json(r).getJsonArray("errors").getJsonObject(0);
    assertEquals("password", field.getString("field"));
    assertTrue(field.getString("message").contains("too easy to guess"), r.body());
  }

  @Test
  void withoutTokenMeIs401AndGarbageTokenToo() {
    assertEquals(401, web.json("GET", "/api/me", null, null).status());
    WebSession.Page garbage = web.json("GET", "/api/me", null, "not-a-token");
    assertEquals(401, garbage.status());
    assertTrue(garbage.headers().get("content-type").get(0).startsWith("application/problem+json"));
  }

  @Test
  void aBrowserSessionCookieDoesNotAuthenticateTheApi() {
    WebSession browser = new WebSession(server.baseUrl());
    Accounts.login(browser, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(200, browser.get("/account/dashboard.xhtml").status());
    assertEquals(401, browser.json("GET", "/api/me", null, null).status());
  }

  @Test
  void refreshRotatesAndReuseRevokesTheFamily() {
    JsonObject first = login(registerVerified(), Accounts.STRONG_PASSWORD);
    String r1 = first.getString("refreshToken");
    WebSession.Page second =
        web.json("POST", "/api/auth/refresh", "{\"refreshToken\":\"" + r1 + "\"}", null);
    assertEquals(200, second.status(), second.body());
    String r2 = json(second).getString("refreshToken");
    assertNotEquals(r1, r2);

    WebSession.Page reuse =
        web.json("POST", "/api/auth/refresh", "{\"refreshToken\":\"" + r1 + "\"}", null);
    assertEquals(401, reuse.status(), reuse.body());
    WebSession.Page afterRevoke =
        web.json("POST", "/api/auth/refresh", "{\"refreshToken\":\"" + r2 + "\"}", null);
    assertEquals(401, afterRevoke.status(), "the whole family is revoked: " + afterRevoke.body());
  }

  @Test
  void logoutRevokesTheRefreshToken() {
    JsonObject t = login(registerVerified(), Accounts.STRONG_PASSWORD);
    String refresh = t.getString("refreshToken");
    assertEquals(
        204,
        web.json("POST", "/api/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}", null)
            .status());
    assertEquals(
        401,
        web.json("POST", "/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null)
            .status());
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    String email = registerVerified();
    WebSession.Page wrong =
        web.json(
            "POST",
            "/api/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"nope nope nope\"}",
            null);
    WebSession.Page unknown =
        web.json(
            "POST",
            "/api/auth/login",
            "{\"email\":\"" + Accounts.uniqueEmail("ghost") + "\",\"password\":\"nope nope nope\"}",
            null);
    assertEquals(401, wrong.status());
    assertEquals(401, unknown.status());
    assertEquals(json(wrong).getString("detail"), json(unknown).getString("detail"));
  }

  @Test
  void malformedJsonIsA400Problem() {
    WebSession.Page p = web.json("POST", "/api/auth/login", "{not json", null);
    assertEquals(400, p.status(), p.body());
    assertTrue(p.headers().get("content-type").get(0).startsWith("application/problem+json"));
  }

  @Test
  void openApiDocumentsEveryEndpoint() {
    WebSession.Page doc = web.get("/openapi");
    assertEquals(200, doc.status());
    for (String path :
        new String[] {
          "/api/auth/register",
          "/api/auth/login",
          "/api/auth/login/totp",
          "/api/auth/refresh",
          "/api/auth/logout",
          "/api/me"
        }) {
      assertTrue(doc.body().contains(path), "OpenAPI lacks " + path);
    }
  }

  @Test
  void readinessChecksTheDatabase() {
    WebSession.Page ready = web.get("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().contains("database"), ready.body());
    assertTrue(ready.body().contains("UP"), ready.body());
  }
}
