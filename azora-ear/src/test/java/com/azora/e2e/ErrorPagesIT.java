package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Friendly error pages: never a stack trace, always a way home. */
@AzoraE2E
class ErrorPagesIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void unknownPageIsAFriendly404() {
    WebSession.Page p = new WebSession(server.baseUrl()).get("/no-such-page.xhtml");
    assertEquals(404, p.status());
    assertTrue(p.body().contains("Page not found"), p.body());
    assertTrue(p.body().contains("Go to the home page"));
    assertNoStackTrace(p);
  }

  @Test
  void expiredViewShowsTheExpiredPage() {
    WebSession web = new WebSession(server.baseUrl());
    Accounts.login(web, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    WebSession.Page security = web.get("/account/security.xhtml");
    Map<String, String> fields = WebSession.formFields(security.html().getElementById("others"));
    fields.put("jakarta.faces.ViewState", "stale-view-state");
    fields.put("others:signOutOthers", "others:signOutOthers");
    WebSession.Page p = web.postForm("/account/security.xhtml", fields);
    assertTrue(p.body().contains("Your page expired"), p.body());
    assertNoStackTrace(p);
  }

  private static void assertNoStackTrace(WebSession.Page p) {
    assertFalse(p.body().contains("\tat ") || p.body().contains("Caused by:"), p.body());
  }

  @Test
  void demoAccountsSeeTheDemoMarker() {
    WebSession web = new WebSession(server.baseUrl());
    WebSession.Page dash = Accounts.login(web, Accounts.EMPLOYER, Accounts.DEMO_PASSWORD);
    assertTrue(dash.html().getElementById("demoMarker") != null, dash.body());
    WebSession other = new WebSession(server.baseUrl());
    WebSession.Page real =
        Accounts.login(
            other,
            Accounts.registerAndVerify(server, "Real Person", false),
            Accounts.STRONG_PASSWORD);
    assertTrue(
        real.html().getElementById("demoMarker") == null, "real accounts are not marked demo");
  }
}
