package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.LedgerRows;
import com.azora.e2e.support.PaidPayouts;
import com.azora.e2e.support.WebSession;
import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * An instructor's earnings page, API and CSV: zeros before any sale, then pending, available and
 * paid amounts per currency, per course and per month from the ledger, and only their own. Sales,
 * refunds, releases and payouts are booked straight into the ledger tables (LedgerRows) until
 * checkout and payouts post them; the invariant checker must still pass.
 */
@AzoraE2E
class EarningsIT {

  private static final LedgerCurrency USD = LedgerCurrency.USD;

  private final AzoraTestServer server = AzoraTestServer.get();
  private final WebSession api = new WebSession(server.baseUrl());

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private String token(String email) {
    return Api.token(server, email, Accounts.STRONG_PASSWORD);
  }

  private long id(String sql, String param) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), sql + " " + param);
        return rs.getLong(1);
      }
    }
  }

  private static BigDecimal money(String s) {
    return new BigDecimal(s);
  }

  private static AccountRef pending(long user) {
    return AccountRef.owned(AccountKind.INSTRUCTOR_PENDING, user, USD);
  }

  private static AccountRef available(long user) {
    return AccountRef.owned(AccountKind.INSTRUCTOR_AVAILABLE, user, USD);
  }

  private void sale(String order, long course, long instructor, String gross, String share) {
    BigDecimal g = money(gross);
    BigDecimal s = money(share);
    LedgerRows.post(
        server,
        Posting.builder("COURSE_SALE", "test:" + order + ":paid", "Sale " + order)
            .meta("orderId", order)
            .meta("courseId", course)
            .meta("instructorId", instructor)
            .entry(AccountRef.system(AccountKind.PROVIDER_CLEARING, USD), g.negate())
            .entry(pending(instructor), s)
            .entry(AccountRef.system(AccountKind.PLATFORM_REVENUE, USD), g.subtract(s))
            .build());
  }

  @Test
  void anInstructorSeesOnlyTheirOwnEarnings() throws Exception {
    String word = Actors.word("ledger");
    String email = Accounts.withRole(server, "Earner " + word, "EDUCATOR");
    long me = id("select id from app_user where email = ?", email);
    String other = Accounts.withRole(server, "Other Earner " + word, "EDUCATOR");
    long them = id("select id from app_user where email = ?", other);
    WebSession web = Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
    String title = "Ledgers " + word;
    Courses.draft(web, title, "Business", "40", "Debits");
    long course = id("select id from course where title = ?", title);
    String token = token(email);

    // Before any sale: zeros everywhere.
    WebSession.Page empty = web.get("/teach/earnings.xhtml");
    assertEquals(200, empty.status());
    assertTrue(empty.body().contains("No earnings yet"), empty.body());
    JsonObject none = json(api.json("GET", "/api/me/earnings", null, token).body());
    assertEquals(0, none.getJsonArray("totals").size(), none.toString());
    WebSession.Page emptyCsv = web.get("/teach/earnings.csv");
    assertEquals(200, emptyCsv.status());
    assertEquals(1, emptyCsv.body().split("\r\n").length, emptyCsv.body());

    // Two sales, a partial refund, a release to available and a payout; another instructor's sale.
    sale(word + "-1", course, me, "40.00", "28.00");
    sale(word + "-2", course, me, "20.00", "14.00");
    sale(word + "-3", course, them, "40.00", "28.00");
    LedgerRows.post(
        server,
        Posting.builder("COURSE_REFUND", "test:" + word + "-2:refund", "Refund half of order 2")
            .meta("orderId", word + "-2")
            .meta("courseId", course)
            .meta("instructorId", me)
            .entry(pending(me), money("-7.00"))
            .entry(AccountRef.system(AccountKind.PLATFORM_REVENUE, USD), money("-3.00"))
            .entry(AccountRef.system(AccountKind.REFUNDS, USD), money("10.00"))
            .build());
    LedgerRows.post(
        server,
        Posting.builder("EARNINGS_RELEASE", "test:" + word + ":release", "Refund window over")
            .move(pending(me), available(me), money("28.00"))
            .build());
    PaidPayouts.book(server, me, USD, money("20.00"), word);

    WebSession.Page mine = api.json("GET", "/api/me/earnings", null, token);
    assertEquals(200, mine.status(), mine.body());
    JsonObject e = json(mine.body());
    JsonArray totals = e.getJsonArray("totals");
    assertEquals(1, totals.size(), mine.body());
    JsonObject usd = totals.getJsonObject(0);
    assertEquals("USD", usd.getString("currency"));
    assertEquals(money("7.00"), usd.getJsonNumber("pending").bigDecimalValue()); // 28+14-7-28
    assertEquals(money("8.00"), usd.getJsonNumber("available").bigDecimalValue()); // 28-20
    assertEquals(money("20.00"), usd.getJsonNumber("paid").bigDecimalValue());
    JsonObject byCourse = e.getJsonArray("byCourse").getJsonObject(0);
    assertEquals(1, e.getJsonArray("byCourse").size(), mine.body());
    assertEquals(title, byCourse.getString("title"));
    assertEquals(money("42.00"), byCourse.getJsonNumber("sales").bigDecimalValue());
    assertEquals(money("-7.00"), byCourse.getJsonNumber("refunds").bigDecimalValue());
    assertEquals(money("35.00"), byCourse.getJsonNumber("net").bigDecimalValue());
    JsonObject month = e.getJsonArray("byMonth").getJsonObject(0);
    assertEquals(YearMonth.now(ZoneOffset.UTC).toString(), month.getString("month"));
    assertEquals(money("35.00"), month.getJsonNumber("net").bigDecimalValue());
    assertEquals(money("20.00"), month.getJsonNumber("paid").bigDecimalValue());

    WebSession.Page page = web.get("/teach/earnings.xhtml");
    assertNotNull(page.html().getElementById("monthChart"), page.body());
    String totalsRow = page.html().selectFirst("[id='totals'] tbody tr").text();
    assertTrue(totalsRow.contains("7.00") && totalsRow.contains("8.00"), totalsRow);
    assertTrue(
        page.html().selectFirst("[id='courses'] tbody tr").text().contains(title), page.body());
    WebSession.Page csv = web.get("/teach/earnings.csv");
    assertTrue(csv.headers().get("content-type").get(0).startsWith("text/csv"));
    assertTrue(csv.body().contains("course," + title + ",USD,42.00,-7.00,35.00"), csv.body());

    // The other instructor sees only their sale.
    JsonObject theirs = json(api.json("GET", "/api/me/earnings", null, token(other)).body());
    assertEquals(
        money("28.00"),
        theirs.getJsonArray("totals").getJsonObject(0).getJsonNumber("pending").bigDecimalValue());
    assertNotEquals(me, them);

    // Learners have no earnings to read.
    String learner = Accounts.registerAndVerify(server, "Not Earner " + word, false);
    assertEquals(403, api.json("GET", "/api/me/earnings", null, token(learner)).status());

    Books.assertBalanced();
  }
}
