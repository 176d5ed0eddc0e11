package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Http;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The deployed EAR answers, is ready, keeps anonymous visitors sessionless, and renders. */
@AzoraE2E
class ServerSmokeIT {

  @Test
  void homePageAnswers(Http http) {
    Http.Response home = http.get("/");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("Azora"), home.body());
  }

  @Test
  void readinessReportsUp(Http http) {
    Http.Response ready = http.get("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().replace(" ", "").contains("\"status\":\"UP\""), ready.body());
  }

  @Test
  void anonymousHomePageStartsNoSession(Http http) {
    Http.Response home = http.get("/");
    assertEquals(200, home.status());
    assertTrue(
        home.setCookie("JSESSIONID").isEmpty(),
        "an anonymous visit must not create a session, got " + home.setCookies());
  }

  @Test
  void browserSeesTheAzoraTitle(Browser browser) {
    browser.open("/");
    assertTrue(browser.title().contains("Azora"), browser.title());
  }

  @Test
  void databaseIsMigrated(AzoraTestServer server) throws Exception {
    try (Connection c = server.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
      rs.next();
      assertTrue(rs.getInt(1) > 0, "Flyway applied no migration");
    }
  }

  /** Checks the harness' mail catcher: what reaches its SMTP port comes back from awaitMail. */
  @Test
  void mailSentToTheTestSmtpServerCanBeAwaited(AzoraTestServer server) throws Exception {
    String to = "smoke-" + UUID.randomUUID() + "@example.test";
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", "" + server.greenMail().getSmtp().getPort());
    MimeMessage message = new MimeMessage(Session.getInstance(props));
    message.setFrom(new InternetAddress(AzoraTestServer.MAIL_FROM));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject("Smoke check");
    message.setText("Hello from the smoke test");
    Transport.send(message);

    assertEquals("Hello from the smoke test", server.awaitMail(to, "Smoke").strip());
  }
}
