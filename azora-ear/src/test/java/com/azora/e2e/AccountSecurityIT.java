package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.WebSession;
import com.azora.identity.domain.Base32;
import com.azora.identity.domain.Totp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Account security rules end to end: session ending, 2FA codes over the API, avatars, admin views.
 */
@AzoraE2E
class AccountSecurityIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  private WebSession signedIn(String email, String password) {
    WebSession web = new WebSession(server.baseUrl());
    WebSession.Page p = Accounts.login(web, email, password);
    assertTrue(p.url().endsWith("/account/dashboard.xhtml"), p.url() + "\n" + p.body());
    return web;
  }

  private static boolean stillSignedIn(WebSession web) {
    return web.get("/account/dashboard.xhtml").url().endsWith("/account/dashboard.xhtml");
  }

  @Test
  void changingThePasswordEndsOtherSessionsButNotThisOne() {
    String email = Accounts.registerAndVerify(server, "Two Browsers", false);
    WebSession laptop = signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession phone = signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page security = laptop.get("/account/security.xhtml");
    WebSession.Page changed =
        laptop.submit(
            security,
            "password",
            Map.of(
                "password:currentPassword",
                Accounts.STRONG_PASSWORD,
                "password:password",
                "violet harbor drums at midnight"),
            "password:change");
    assertTrue(changed.body().contains("Password changed"), changed.body());
    assertTrue(stillSignedIn(laptop));
    assertFalse(stillSignedIn(phone), "the other session must end");
    assertNotNull(server.awaitMail(email, "password was changed"));
  }

  @Test
  void signOutOtherSessions() {
    String email = Accounts.registerAndVerify(server, "Many Sessions", false);
    WebSession a = signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession b = signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page security = a.get("/account/security.xhtml");
    assertEquals(2, security.html().select("[id='sessionTable'] tbody tr").size(), security.body());
    WebSession.Page done = a.submit(security, "others", Map.of(), "others:signOutOthers");
    assertTrue(done.body().contains("1 other session(s) signed out"), done.body());
    assertTrue(stillSignedIn(a));
    assertFalse(stillSignedIn(b));
  }

  @Test
  void disablingAUserEndsTheirSessionsAndBlocksLogin() {
    String email = Accounts.registerAndVerify(server, "Soon Disabled", false);
    WebSession user = signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession admin = signedIn(Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession.Page users = admin.get("/admin/users.xhtml");
    WebSession.Page found =
        admin.submit(users, "users", Map.of("users:text", email), "users:search");
    Element row = found.html().selectFirst("[id='users:table'] tbody tr:contains(" + email + ")");
    assertNotNull(row, found.body());
    Element disable = row.selectFirst("button[id$=':disable']");
    assertNotNull(disable, row.outerHtml());
    WebSession.Page after = admin.submit(found, "users", Map.of("users:text", email), disable.id());
    assertTrue(after.body().contains("Account disabled"), after.body());
    assertFalse(stillSignedIn(user), "a disabled user's session must end");
    WebSession.Page again =
        Accounts.login(new WebSession(server.baseUrl()), email, Accounts.STRONG_PASSWORD);
    assertTrue(again.body().contains("This account is disabled"), again.body());
  }

  @Test
  void totpLoginOverTheApiAcceptsARecoveryCodeOnlyOnce() {
    String email = Accounts.registerAndVerify(server, "Api Totp", false);
    WebSession web = signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page security = web.get("/account/security.xhtml");
    WebSession.Page setup = web.submit(security, "tfa", Map.of(), "tfa:begin");
    String secret = setup.html().getElementById("secret").text();
    String code =
        Totp.code(Base32.decode(secret), System.currentTimeMillis() / 30_000, 6, "HmacSHA1");
    WebSession.Page on = web.submit(setup, "tfa", Map.of("tfa:code", code), "tfa:confirm");
    List<String> codes = on.html().select("#recoveryCodes li").eachText();
    assertEquals(10, codes.size(), on.body());

    WebSession api = new WebSession(server.baseUrl());
    String credentials =
        "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.STRONG_PASSWORD + "\"}";
    JsonObject step = json(api.json("POST", "/api/auth/login", credentials, null));
    assertTrue(step.getBoolean("mfaRequired"));
    WebSession.Page tokens =
        api.json(
            "POST",
            "/api/auth/login/totp",
            "{\"challenge\":\""
                + step.getString("challenge")
                + "\",\"code\":\""
                + codes.get(3)
                + "\"}",
            null);
    assertEquals(200, tokens.status(), tokens.body());
    assertTrue(json(tokens).getString("accessToken").length() > 20);

    JsonObject again = json(api.json("POST", "/api/auth/login", credentials, null));
    WebSession.Page reused =
        api.json(
            "POST",
            "/api/auth/login/totp",
            "{\"challenge\":\""
                + again.getString("challenge")
                + "\",\"code\":\""
                + codes.get(3)
                + "\"}",
            null);
    assertEquals(401, reused.status(), "a used recovery code must be refused: " + reused.body());

    // Turning 2FA off asks for the password.
    WebSession.Page page = web.get("/account/security.xhtml");
    WebSession.Page wrong =
        web.submit(
            page, "tfaOff", Map.of("tfaOff:password", "not my password at all"), "tfaOff:disable");
    assertTrue(wrong.body().contains("Your password is not correct"), wrong.body());
    WebSession.Page off =
        web.submit(
            wrong, "tfaOff", Map.of("tfaOff:password", Accounts.STRONG_PASSWORD), "tfaOff:disable");
    assertTrue(off.html().getElementById("tfaStateOff") != null, off.body());
    assertFalse(
        json(api.json("POST", "/api/auth/login", credentials, null)).containsKey("mfaRequired"));
  }

  @Test
  void avatarAcceptsImagesAndRefusesOtherFiles() throws Exception {
    String email = Accounts.registerAndVerify(server, "Picture Person", false);
    WebSession web = signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page profile = web.get("/account/profile.xhtml");
    WebSession.Page refused =
        web.submitWithFile(
            profile,
            "avatarForm",
            "avatarForm:avatar_input",
            "evil.png",
            "image/png",
            "<script>alert(1)</script> not an image at all".getBytes(),
            "avatarForm:upload");
    assertTrue(refused.body().contains("Use a PNG, JPEG, GIF or WebP image"), refused.body());

    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    WebSession.Page uploaded =
        web.submitWithFile(
            web.get("/account/profile.xhtml"),
            "avatarForm",
            "avatarForm:avatar_input",
            "me.png",
            "image/png",
            png.toByteArray(),
            "avatarForm:upload");
    assertTrue(uploaded.body().contains("Picture updated"), uploaded.body());
    String src = uploaded.html().getElementById("avatarForm:avatarImage").attr("src");
    WebSession.Page image = web.get(src);
    assertEquals(200, image.status());
    assertEquals("image/png", image.headers().get("content-type").get(0));
    assertEquals(
        302,
        new WebSession(server.baseUrl()).getRaw(src).status(),
        "avatars need a signed-in user");
  }

  @Test
  void adminSeesAuditEventsAndOutboxMail() {
    String email = Accounts.registerAndVerify(server, "Audited Person", false);
    WebSession admin = signedIn(Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession.Page audit = admin.get("/admin/audit.xhtml");
    WebSession.Page filtered =
        admin.submit(audit, "audit", Map.of("audit:email", email), "audit:filter");
    assertTrue(filtered.body().contains("EMAIL_VERIFIED"), filtered.body());
    assertTrue(filtered.body().contains("REGISTERED"), filtered.body());
    WebSession.Page outbox = admin.get("/admin/outbox.xhtml");
    WebSession.Page mails =
        admin.submit(outbox, "outbox", Map.of("outbox:recipient", email), "outbox:filter");
    assertTrue(mails.body().contains("Confirm your Azora email address"), mails.body());
  }

  private static JsonObject json(WebSession.Page p) {
    return Json.createReader(new StringReader(p.body())).readObject();
  }
}
