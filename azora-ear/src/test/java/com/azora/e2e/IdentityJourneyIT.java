package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Browser;
import com.azora.identity.domain.Base32;
import com.azora.identity.domain.Totp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's whole identity journey in headless Chromium: sign up (asking to teach), confirm the
 * mailed link, sign in, turn on TOTP, sign out, sign in with TOTP, reset the password by mail, and
 * an admin approving the educator request.
 */
@AzoraE2E
class IdentityJourneyIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private long lastStep = -1;

  @Test
  void registerVerifyLoginTotpResetAndEducatorApproval(Browser browser) {
    String email = Accounts.uniqueEmail("journey");
    String newPassword = "amber comet whispers under bridges";
    {
      WebDriver d = browser.driver();

      // Sign up, asking for the educator role.
      browser.open("/register.xhtml");
      type(d, "register:displayName", "Journey Person");
      type(d, "register:email", email);
      type(d, "register:password", Accounts.STRONG_PASSWORD);
      d.findElement(By.cssSelector("[id='register:teach'] .ui-chkbox-box")).click();
      d.findElement(By.id("register:submit")).click();
      waitFor(d, By.id("registered"));

      // Confirm the email from the mail the server sent.
      browser.open(Accounts.linkPath(server.awaitMail(email, "Confirm your Azora email")));
      waitFor(d, By.id("verified"));

      // Sign in with the password.
      signIn(browser, email, Accounts.STRONG_PASSWORD);
      assertTrue(d.findElement(By.id("tfaStatus")).getText().contains("off"));

      // Turn on TOTP: read the key, answer with a code, keep the recovery codes.
      browser.open("/account/security.xhtml");
      d.findElement(By.id("tfa:begin")).click();
      String secret = waitFor(d, By.id("secret")).getText();
      assertTrue(
          d.findElement(By.id("qr")).getAttribute("src").startsWith("data:image/png;base64,"));
      type(d, "tfa:code", nextCode(secret));
      d.findElement(By.id("tfa:confirm")).click();
      List<WebElement> codes = waitFor(d, By.id("recoveryCodes")).findElements(By.tagName("li"));
      assertEquals(10, codes.size());
      String recovery = codes.get(0).getText();
      assertTrue(d.findElement(By.id("tfaStateOn")).isDisplayed());

      // Sign out, then sign in again with password + TOTP.
      signOut(browser);
      browser.open("/login.xhtml");
      type(d, "login:email", email);
      type(d, "login:password", Accounts.STRONG_PASSWORD);
      d.findElement(By.id("login:submit")).click();
      waitFor(d, By.id("tfa:code"));
      type(d, "tfa:code", nextCode(secret));
      d.findElement(By.id("tfa:verify")).click();
      waitFor(d, By.id("accountCard"));
      assertTrue(d.findElement(By.id("tfaStatus")).getText().contains("on"));
      signOut(browser);

      // Forgot password: the mailed link sets a new one.
      browser.open("/forgot.xhtml");
      type(d, "forgot:email", email);
      d.findElement(By.id("forgot:send")).click();
      waitFor(d, By.id("sent"));
      browser.open(Accounts.linkPath(server.awaitMail(email, "Reset your Azora password")));
      type(d, "reset:password", newPassword);
      d.findElement(By.id("reset:save")).click();
      waitFor(d, By.id("done"));

      // The old password no longer works; the new one does (with a recovery code this time).
      browser.open("/login.xhtml");
      type(d, "login:email", email);
      type(d, "login:password", Accounts.STRONG_PASSWORD);
      d.findElement(By.id("login:submit")).click();
      assertTrue(waitFor(d, By.cssSelector(".ui-message-error")).getText().contains("not correct"));
      type(d, "login:email", email);
      type(d, "login:password", newPassword);
      d.findElement(By.id("login:submit")).click();
      type(d, "tfa:code", recovery);
      d.findElement(By.id("tfa:verify")).click();
      waitFor(d, By.id("accountCard"));
      assertTrue(d.findElement(By.id("roleRequests")).getText().contains("PENDING"));
      signOut(browser);

      // An admin approves the educator request.
      signIn(browser, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
      browser.open("/admin/role-requests.xhtml");
      WebElement row = waitFor(d, By.xpath("//tr[td[contains(., '" + email + "')]]"));
      row.findElement(By.xpath(".//button[contains(@id,'approve')]")).click();
      new WebDriverWait(d, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.invisibilityOfElementLocated(
                  By.xpath("//tr[td[contains(., '" + email + "')]]")));
      browser.open("/admin/users.xhtml");
      type(d, "users:text", email);
      d.findElement(By.id("users:search")).click();
      new WebDriverWait(d, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), "EDUCATOR"));
    }
  }

  private String nextCode(String secret) {
    long step = Math.max(System.currentTimeMillis() / 30_000, lastStep + 1);
    lastStep = step;
    return Totp.code(Base32.decode(secret), step, 6, "HmacSHA1");
  }

  private static void signIn(Browser browser, String email, String password) {
    WebDriver d = browser.driver();
    browser.open("/login.xhtml");
    type(d, "login:email", email);
    type(d, "login:password", password);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));
  }

  private static void signOut(Browser browser) {
    browser.driver().findElement(By.id("signOutForm:signOut")).click();
    waitFor(browser.driver(), By.id("signedOutNote"));
  }

  private static void type(WebDriver d, String id, String text) {
    WebElement el = waitFor(d, By.id(id));
    el.clear();
    el.sendKeys(text);
  }

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }
}
