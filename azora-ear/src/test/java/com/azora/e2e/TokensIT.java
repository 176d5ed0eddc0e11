package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.RewardEvents;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Learn-to-earn tokens end to end: rewards for learning (once per event, under the daily cap, with
 * the admin's current rules), transfers, redemptions that burn a share, the wallet pages. Every
 * test ends by checking the books balance.
 */
@AzoraE2E
class TokensIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  @Test
  void completingLessonsRewardsTheStudentWithTheAdminsCurrentRules() throws Exception {
    String word = Actors.word("wren");
    WebSession admin = actors.admin();
    String slug =
        Courses.publish(actors.educator(), admin, "Songbirds " + word, "0", "Trills", "Calls");
    String email = Accounts.registerAndVerify(server, "Earner " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page enrol = student.get("/learn/enrol.xhtml?slug=" + slug);
    WebSession.Page first = student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    WebSession.Page done = student.submit(first, "player", Map.of(), "player:complete");
    assertTrue(done.body().contains("Lesson marked complete"), done.body());

    WebSession.Page wallet = student.get("/learn/wallet.xhtml");
    assertEquals("2.00 AZR", wallet.html().getElementById("balanceAZR").text(), wallet.body());
    assertTrue(
        wallet.html().text().contains("Reward for a completed lesson in “Songbirds " + word),
        wallet.body());
    long firstEvent =
        single(
            "select id from learning_event where user_id = ? and type = 'LESSON_COMPLETED'",
            userId(email));
    assertEquals(
        1,
        count(
            "select count(*) from ledger_transaction where idempotency_key = ?",
            "reward:event:" + firstEvent));

    try {
      WebSession.Page rules = admin.get("/admin/reward-rules.xhtml");
      WebSession.Page saved =
          admin.submit(rules, "rules", Map.of("rules:lessonCompleted", "7"), "rules:save");
      assertTrue(saved.body().contains("Reward rules saved"), saved.body());
      String next = done.html().getElementById("player:next").attr("href");
      WebSession.Page second = student.get(next);
      student.submit(second, "player", Map.of(), "player:complete");
      // 2 before, 7 by the new rule, 25 for completing the course.
      assertEquals(new BigDecimal("34.00"), azr(email));
    } finally {
      WebSession.Page rules = admin.get("/admin/reward-rules.xhtml");
      WebSession.Page restored =
          admin.submit(rules, "rules", Map.of("rules:lessonCompleted", "2"), "rules:save");
      assertTrue(restored.body().contains("Reward rules saved"), restored.body());
    }

    WebSession.Page page = student.get("/learn/wallet.xhtml");
    WebSession.Page csv =
        student.submit(page, "wallet", Map.of("wallet:type_input", "REWARD"), "wallet:csv");
    assertTrue(
        csv.body().startsWith("date,transaction,type,description,memo,currency,amount"),
        csv.body());
    assertEquals(4, csv.body().split("\n").length, "a header and three rewards:\n" + csv.body());
    WebSession.Page none =
        student.submit(page, "wallet", Map.of("wallet:currency_input", "USD"), "wallet:csv");
    assertEquals(1, none.body().split("\n").length, none.body());

    String token = apiToken(email, Accounts.STRONG_PASSWORD);
    WebSession.Page api =
        new WebSession(server.baseUrl()).json("GET", "/api/me/wallet", null, token);
    assertEquals(200, api.status(), api.body());
    JsonObject json = Json.createReader(new StringReader(api.body())).readObject();
    assertEquals("AZR", json.getJsonArray("balances").getJsonObject(0).getString("currency"));
    assertEquals(
        new BigDecimal("34.00"),
        json.getJsonArray("balances").getJsonObject(0).getJsonNumber("amount").bigDecimalValue());
    assertEquals(3, json.getJsonArray("recent").size(), api.body());
    Books.assertBalanced();
  }

  @Test
  void theSameEventSettledTenTimesAtOnceIsRewardedOnce() throws Exception {
    String email = Accounts.registerAndVerify(server, "Racer " + Actors.word("r"), false);
    long user = userId(email);
    // An event whose observer never ran (the server stopped right after its commit).
    long event = insertEvent(user, "LESSON_COMPLETED", 1, null);
    List<WebSession> admins = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      admins.add(actors.admin());
    }
    List<WebSession.Page> forms = new ArrayList<>();
    for (WebSession a : admins) {
      forms.add(a.get("/admin/reward-rules.xhtml"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<WebSession.Page>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        WebSession a = admins.get(i);
        WebSession.Page form = forms.get(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return a.submit(form, "catchUpForm", Map.of(), "catchUpForm:catchUp");
                }));
      }
      start.countDown();
      for (Future<WebSession.Page> f : results) {
        WebSession.Page p = f.get();
        assertEquals(200, p.status());
        assertTrue(p.body().contains("Catch-up settled"), p.body());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        1,
        count(
            "select count(*) from ledger_transaction where idempotency_key = ?",
            "reward:event:" + event));
    assertEquals(
        1,
        count(
            "select count(*) from ledger_entry e join ledger_account a on a.id = e.account_id"
                + " where a.owner_id = ? and a.kind = 'USER_WALLET'",
            user));
    assertEquals(new BigDecimal("2.00"), azr(email));
    Books.assertBalanced();
  }

  @Test
  void theDailyCapCutsRewardsAndTheRestIsSkippedForGood() throws Exception {
    String email = Accounts.registerAndVerify(server, "Capped " + Actors.word("c"), false);
    long user = userId(email);
    List<Long> events = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      events.add(insertEvent(user, "COURSE_COMPLETED", 2, null));
    }
    events.add(insertEvent(user, "QUIZ_PASSED", 2, new BigDecimal("100")));
    events.add(insertEvent(user, "COURSE_COMPLETED", 2, null));
    events.add(insertEvent(user, "LESSON_COMPLETED", 2, null));
    catchUp();
    String[] expected = {"25.00", "25.00", "25.00", "15.00", "10.00"};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(new BigDecimal(expected[i]), rewardOf(events.get(i)), "event " + i);
    }
    assertEquals(
        "DAILY_CAP",
        text("select reason from reward_skip where learning_event_id = ?", events.get(5)));
    assertEquals(new BigDecimal("100.00"), azr(email));
    catchUp();
    assertEquals(new BigDecimal("100.00"), azr(email), "a skipped event is not retried");
    assertEquals(
        1, count("select count(*) from reward_skip where learning_event_id = ?", events.get(5)));
    Books.assertBalanced();
  }

  @Test
  void lessonsOnConsecutiveDaysEarnTheStreakOncePerDay() throws Exception {
    String email = Accounts.registerAndVerify(server, "Streaker " + Actors.word("s"), false);
    long user = userId(email);
    insertEvent(user, "LESSON_COMPLETED", 5, null);
    insertEvent(user, "LESSON_COMPLETED", 4, null);
    insertEvent(user, "LESSON_COMPLETED", 4, null);
    catchUp();
    // Three lessons at 2 AZR, and 3 AZR once for the second day in a row.
    assertEquals(new BigDecimal("9.00"), azr(email));
    assertEquals(
        1,
        count(
            "select count(*) from ledger_transaction where idempotency_key like ?",
            "reward:streak:" + user + ":%"));
    assertEquals(
        1,
        count(
            "select count(*) from ledger_transaction where idempotency_key ="
                + " 'reward:streak:' || ? || ':' || cast((now() at time zone 'UTC')::date - 4"
                + " as text)",
            String.valueOf(user)));
    Books.assertBalanced();
  }

  @Test
  void transfersFollowTheRulesAndRefusalsBookNothing() throws Exception {
    String word = Actors.word("t");
    String sender = Accounts.registerAndVerify(server, "Sender " + word, false);
    String recipient = Accounts.registerAndVerify(server, "Recipient " + word, false);
    mint(sender, 2);
    String token = apiToken(sender, Accounts.STRONG_PASSWORD);
    WebSession api = new WebSession(server.baseUrl());

    WebSession.Page poor = transfer(api, token, recipient, "60", null);
    assertEquals(409, poor.status(), poor.body());
    assertTrue(poor.body().contains("Insufficient balance"), poor.body());
    WebSession.Page self = transfer(api, token, sender, "1", null);
    assertEquals(400, self.status(), self.body());
    assertTrue(self.body().contains("cannot send tokens to yourself"), self.body());
    assertEquals(400, transfer(api, token, recipient, "0.001", null).status());
    assertEquals(400, transfer(api, token, recipient, "0", null).status());
    WebSession.Page big = transfer(api, token, recipient, "500.01", null);
    assertEquals(400, big.status());
    assertTrue(big.body().contains("largest transfer is 500"), big.body());
    assertEquals(400, transfer(api, token, recipient, "1", "x".repeat(141)).status());
    assertEquals(400, transfer(api, token, "nobody-" + word + "@example.org", "1", null).status());
    assertEquals(
        0,
        count(
            "select count(*) from ledger_transaction where type = 'TRANSFER'"
                + " and (metadata::jsonb ->> 'senderId')::bigint = ?",
            userId(sender)));

    WebSession.Page sent = transfer(api, token, recipient, "12.50", "for the notes");
    assertEquals(201, sent.status(), sent.body());
    long tx =
        Json.createReader(new StringReader(sent.body()))
            .readObject()
            .getJsonNumber("transactionId")
            .longValue();
    assertEquals(new BigDecimal("37.50"), azr(sender));
    assertEquals(new BigDecimal("12.50"), azr(recipient));
    assertEquals("TRANSFER", text("select type from ledger_transaction where id = ?", tx));
    WebSession.Page theirs =
        api.json("GET", "/api/me/wallet", null, apiToken(recipient, Accounts.STRONG_PASSWORD));
    assertTrue(theirs.body().contains("for the notes"), theirs.body());
    Books.assertBalanced();
  }

  @Test
  void redemptionBurnsTheConfiguredShareAndPremiumAccessEnrols() throws Exception {
    String word = Actors.word("kite");
    WebSession admin = actors.admin();
    String title = "Raptors premium " + word;
    String slug = Courses.publish(actors.educator(), admin, title, "49", "Talons");
    long courseId = single("select id from course where slug = ?", slug);
    String item = "Premium " + word;
    createItem(admin, item, "PREMIUM_COURSE_ACCESS", "40", String.valueOf(courseId));
    String email = Accounts.registerAndVerify(server, "Redeemer " + word, false);
    mint(email, 3);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);

    WebSession.Page done = redeem(student, item);
    assertTrue(done.body().contains("for 40.00 AZR"), done.body());
    assertEquals(new BigDecimal("35.00"), azr(email));
    long tx = single("select transaction_id from redemption where user_id = ?", userId(email));
    Map<String, BigDecimal> legs = legs(tx);
    assertEquals(new BigDecimal("-40.00"), legs.get("USER_WALLET"));
    assertEquals(new BigDecimal("2.00"), legs.get("BURN"), "5 % of 40 burned");
    assertEquals(new BigDecimal("38.00"), legs.get("TOKEN_REVENUE"));
    assertEquals(
        1,
        count(
            "select count(*) from enrolment where user_id = ? and course_id = ?",
            userId(email),
            courseId));
    assertTrue(student.get("/learn/courses.xhtml").body().contains(title));
    WebSession.Page wallet = student.get("/learn/wallet.xhtml");
    assertTrue(wallet.html().getElementById("redemptions").text().contains(item), wallet.body());

    WebSession.Page supply = admin.get("/admin/token-supply.xhtml");
    assertEquals(200, supply.status());
    assertTrue(
        new BigDecimal(supply.html().getElementById("burned").text().replace(" AZR", ""))
                .compareTo(new BigDecimal("2.00"))
            >= 0,
        supply.body());
    assertNotNull(supply.html().getElementById("supplyChart"), supply.body());

    WebSession.Page again = redeem(student, item);
    assertTrue(again.body().contains("already enrolled"), again.body());
    assertEquals(new BigDecimal("35.00"), azr(email), "a refused redemption books nothing");
    Books.assertBalanced();
  }

  @Test
  void aStudentSendsWithConfirmationAndRedeemsInTheBrowser(Browser browser) throws Exception {
    String word = Actors.word("lark");
    String item = "Badge " + word;
    createItem(actors.admin(), item, "FEATURE_UNLOCK", "5", "");
    String email = Accounts.registerAndVerify(server, "Giver " + word, false);
    String friend = Accounts.registerAndVerify(server, "Friend " + word, false);
    mint(email, 2);

    WebDriver d = browser.driver();
    browser.open("/login.xhtml");
    d.findElement(By.id("login:email")).sendKeys(email);
    d.findElement(By.id("login:password")).sendKeys(Accounts.STRONG_PASSWORD);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));
    d.findElement(By.id("navWallet")).click();
    waitFor(d, By.id("sendLink")).click();
    waitFor(d, By.id("send:recipientEmail")).sendKeys(friend);
    d.findElement(By.id("send:amount")).sendKeys("7.25");
    d.findElement(By.id("send:memo")).sendKeys("thanks " + word);
    d.findElement(By.id("send:review")).click();
    WebElement confirm = waitFor(d, By.id("confirmText"));
    assertTrue(confirm.getText().contains("7.25 AZR"), confirm.getText());
    assertTrue(confirm.getText().contains("Friend " + word), confirm.getText());
    assertEquals(BigDecimal.ZERO.setScale(2), azr(friend), "nothing is sent before confirming");
    d.findElement(By.id("send:confirm")).click();
    new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("balance"), "42.75"));
    assertEquals(new BigDecimal("7.25"), azr(friend));

    browser.open("/learn/redeem.xhtml");
    WebElement row = waitFor(d, By.xpath("//tr[td[contains(., '" + item + "')]]"));
    row.findElement(By.cssSelector("button[id$=':choose']")).click();
    assertTrue(waitFor(d, By.id("confirmText")).getText().contains("5.00 AZR"));
    d.findElement(By.id("redeem:confirm")).click();
    new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("balance"), "37.75"));
    browser.open("/learn/wallet.xhtml");
    assertTrue(waitFor(d, By.id("redemptions")).getText().contains(item));
    assertEquals(new BigDecimal("37.75"), azr(email));
    Books.assertBalanced();
  }

  // ---- helpers

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private WebSession.Page redeem(WebSession student, String item) {
    WebSession.Page page = student.get("/learn/redeem.xhtml");
    Element row = page.html().selectFirst("[id='redeem:items'] tbody tr:contains(" + item + ")");
    assertNotNull(row, page.body());
    String choose = row.selectFirst("button[id$=':choose']").id();
    WebSession.Page chosen = student.submit(page, "redeem", Map.of(), choose);
    assertTrue(chosen.html().getElementById("confirmText").text().contains(item), chosen.body());
    return student.submit(chosen, "redeem", Map.of(), "redeem:confirm");
  }

  private void createItem(WebSession admin, String name, String type, String price, String course) {
    WebSession.Page page = admin.get("/admin/redemptions.xhtml");
    Map<String, String> values = new HashMap<>();
    values.put("item:name", name);
    values.put("item:description", "Test item");
    values.put("item:type_input", type);
    values.put("item:price", price);
    values.put("item:courseId", course);
    values.put("item:active_input", "on");
    WebSession.Page saved = admin.submit(page, "item", values, "item:saveItem");
    assertTrue(saved.body().contains("Item added"), saved.body());
  }

  /** Gives a student 25 AZR per completed course on a past day, through the real reward path. */
  private void mint(String email, int courses) throws SQLException {
    long user = userId(email);
    for (int i = 0; i < courses; i++) {
      insertEvent(user, "COURSE_COMPLETED", 3, null);
    }
    catchUp();
  }

  private void catchUp() {
    RewardEvents.catchUp(actors.admin());
  }

  /** A learning event as the learning context records it, {@code daysAgo} UTC days back. */
  private long insertEvent(long user, String type, int daysAgo, BigDecimal score)
      throws SQLException {
    return RewardEvents.insert(server, user, null, type, daysAgo, score);
  }

  private WebSession.Page transfer(
      WebSession api, String token, String to, String amount, String memo) {
    String body =
        Json.createObjectBuilder()
            .add("recipientEmail", to)
            .add("amount", new BigDecimal(amount))
            .add("memo", memo == null ? "" : memo)
            .build()
            .toString();
    return api.json(
        "POST",
        "/api/me/wallet/transfers",
        body,
        token,
        java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
  }

  private String apiToken(String email, String password) {
    return com.azora.e2e.support.Api.token(server, email, password);
  }

  private BigDecimal azr(String email) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select coalesce((select a.balance from ledger_account a join app_user u"
                    + " on u.id = a.owner_id where u.email = ? and a.kind = 'USER_WALLET'"
                    + " and a.currency = 'AZR'), 0)")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBigDecimal(1).setScale(2);
      }
    }
  }

  private BigDecimal rewardOf(long event) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select e.amount from ledger_entry e join ledger_transaction t"
                    + " on t.id = e.transaction_id join ledger_account a on a.id = e.account_id"
                    + " where t.idempotency_key = ? and a.kind = 'USER_WALLET'")) {
      ps.setString(1, "reward:event:" + event);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no reward for event " + event);
        return rs.getBigDecimal(1).setScale(2);
      }
    }
  }

  private Map<String, BigDecimal> legs(long tx) throws SQLException {
    Map<String, BigDecimal> out = new HashMap<>();
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select a.kind, e.amount from ledger_entry e join ledger_account a"
                    + " on a.id = e.account_id where e.transaction_id = ?")) {
      ps.setLong(1, tx);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getBigDecimal(2).setScale(2));
        }
      }
    }
    return out;
  }

  private long userId(String email) throws SQLException {
    return single("select id from app_user where email = ?", email);
  }

  private long single(String sql, Object... params) throws SQLException {
    return count(sql, params);
  }

  private long count(String sql, Object... params) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no row for " + sql);
        return rs.getLong(1);
      }
    }
  }

  private String text(String sql, Object param) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no row for " + sql);
        return rs.getString(1);
      }
    }
  }
}
