package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Completing a course issues exactly one certificate, which its owner downloads as a PDF, anyone
 * verifies at /verify/{code} without a session, and an admin revokes.
 */
@AzoraE2E
class CertificateIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final WebSession api = new WebSession(server.baseUrl());

  private static JsonStructure json(WebSession.Page p) {
    return Json.createReader(new StringReader(p.body())).read();
  }

  private WebSession signedIn(String email) {
    return Accounts.signedIn(server, email, Accounts.DEMO_PASSWORD);
  }

  private String token(String email, String password) {
    WebSession.Page login =
        api.json(
            "POST",
            "/api/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
            null);
    assertEquals(200, login.status(), login.body());
    return ((JsonObject) json(login)).getString("accessToken");
  }

  /** Codes of the learner's certificates for the course, straight from the database. */
  private List<String> certificateCodes(String email, long courseId) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select c.code from certificate c join app_user u on u.id = c.user_id"
                    + " where u.email = ? and c.course_id = ?")) {
      s.setString(1, email);
      s.setLong(2, courseId);
      List<String> codes = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          codes.add(r.getString(1));
        }
      }
      return codes;
    }
  }

  private int revocationAudits(String code) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from security_event where type = 'CERTIFICATE_REVOKED'"
                    + " and subject = ?")) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** GET as raw bytes with the web session's cookie (WebSession reads bodies as text). */
  private HttpResponse<byte[]> download(WebSession web, String path) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
    if (web.cookie("JSESSIONID") != null) {
      b.header("Cookie", "JSESSIONID=" + web.cookie("JSESSIONID"));
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  @Test
  void completionIssuesOneCertificateThatIsDownloadedVerifiedAndRevoked() throws Exception {
    String word = "heron" + UUID.randomUUID().toString().substring(0, 6);
    String title = "Estuary ecology " + word;
    WebSession admin = signedIn(Accounts.ADMIN);
    Courses.publish(signedIn(Accounts.EDUCATOR), admin, title, "0", "Tides", "Mudflats");
    String learnerName = "Cert Learner " + word;
    String email = Accounts.registerAndVerify(server, learnerName, false);
    String token = token(email, Accounts.STRONG_PASSWORD);

    JsonObject found =
        (JsonObject) json(api.json("GET", "/api/courses?q=" + word + "&price=free", null, null));
    long courseId = found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    WebSession.Page enrolled =
        api.json(
            "POST",
            "/api/courses/" + courseId + "/enrol",
            null,
            token,
            java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
    long first = ((JsonObject) json(enrolled)).getJsonNumber("firstLessonId").longValue();

    JsonObject afterFirst =
        (JsonObject) json(api.json("POST", "/api/lessons/" + first + "/complete", null, token));
    assertFalse(afterFirst.getBoolean("courseCompleted"));
    assertTrue(certificateCodes(email, courseId).isEmpty(), "no certificate before completion");
    long second = afterFirst.getJsonNumber("nextId").longValue();
    JsonObject done =
        (JsonObject) json(api.json("POST", "/api/lessons/" + second + "/complete", null, token));
    assertTrue(done.getBoolean("courseCompleted"), done.toString());

    List<String> codes = certificateCodes(email, courseId);
    assertEquals(1, codes.size(), "one certificate per completion: " + codes);
    String code = codes.get(0);
    assertTrue(code.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"), code);

    // Completing again (both lessons) issues nothing new.
    for (long lesson : new long[] {first, second}) {
      WebSession.Page again = api.json("POST", "/api/lessons/" + lesson + "/complete", null, token);
      assertEquals(200, again.status(), again.body());
    }
    assertEquals(List.of(code), certificateCodes(email, courseId));

    // My progress over the API.
    WebSession.Page progressPage = api.json("GET", "/api/me/progress", null, token);
    assertEquals(200, progressPage.status(), progressPage.body());
    JsonObject progress = ((JsonArray) json(progressPage)).getJsonObject(0);
    assertEquals(courseId, progress.getJsonNumber("courseId").longValue());
    assertEquals(title, progress.getString("title"));
    assertEquals("COMPLETED", progress.getString("status"));
    assertEquals(100, progress.getInt("percent"));
    assertEquals(2, progress.getInt("completedLessons"));
    assertEquals(2, progress.getInt("totalLessons"));
    assertFalse(progress.isNull("completedAt"), progress.toString());
    assertEquals(code, progress.getString("certificateCode"));
    assertEquals(401, api.json("GET", "/api/me/progress", null, null).status());

    // The owner's certificate list and PDF, with the browser session.
    WebSession learner = Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
    WebSession.Page courses = learner.get("/learn/courses.xhtml");
    assertNotNull(
        courses.html().selectFirst("a[href*=/learn/certificates.xhtml]"), "link from my courses");
    WebSession.Page mine = learner.get("/learn/certificates.xhtml");
    assertEquals(200, mine.status());
    assertTrue(mine.body().contains(title), mine.body());
    Element pdfForm = mine.html().selectFirst("form[action$=/learn/certificate/" + code + ".pdf]");
    assertNotNull(pdfForm, mine.body());
    HttpResponse<byte[]> pdf = download(learner, "/learn/certificate/" + code + ".pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElse(""));
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    String text = pdfText(pdf.body());
    JsonObject verified =
        (JsonObject) json(api.json("GET", "/api/certificates/" + code, null, null));
    String sha256 = verified.getString("sha256");
    for (String expected : List.of(code, learnerName, title, sha256, "/verify/" + code)) {
      assertTrue(text.contains(expected), "PDF lacks " + expected + ":\n" + text);
    }

    // Nobody else gets it: another student, and the anonymous visitor (sent to sign in).
    WebSession other = signedIn(Accounts.STUDENT);
    assertEquals(404, download(other, "/learn/certificate/" + code + ".pdf").statusCode());
    assertEquals(404, download(learner, "/learn/certificate/AAAA-AAAA-AAAA-AAAA.pdf").statusCode());
    HttpResponse<byte[]> anonymousPdf =
        download(new WebSession(server.baseUrl()), "/learn/certificate/" + code + ".pdf");
    assertFalse(
        new String(anonymousPdf.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"),
        "an anonymous visitor got the PDF");

    // The public API.
    assertTrue(verified.getBoolean("valid"), verified.toString());
    assertEquals("VALID", verified.getString("status"));
    assertEquals(learnerName, verified.getString("learnerName"));
    assertTrue(sha256.matches("[0-9a-f]{64}"), sha256);
    WebSession.Page unknownApi =
        api.json("GET", "/api/certificates/AAAA-AAAA-AAAA-AAAA", null, null);
    assertEquals(404, unknownApi.status());
    assertTrue(
        unknownApi.headers().get("content-type").get(0).startsWith("application/problem+json"));

    // The Open Badges 3.0 export.
    WebSession.Page badgePage = api.json("GET", "/api/certificates/" + code + "/badge", null, null);
    assertEquals(200, badgePage.status(), badgePage.body());
    JsonObject badge = (JsonObject) json(badgePage);
    assertTrue(
        badge.getJsonArray("type").toString().contains("OpenBadgeCredential"), badge.toString());
    JsonObject achievement = badge.getJsonObject("credentialSubject").getJsonObject("achievement");
    assertEquals(title, achievement.getString("name"));
    assertTrue(badge.getString("id").endsWith("/verify/" + code), badge.getString("id"));

    // The public page: valid, with the facts, compares a pasted hash, and creates no session.
    WebSession visitor = new WebSession(server.baseUrl());
    WebSession.Page page = visitor.get("/verify/" + code);
    assertEquals(200, page.status(), page.body());
    assertNotNull(page.html().getElementById("valid"), page.body());
    assertEquals(learnerName, page.html().getElementById("learner").text());
    assertEquals(title, page.html().getElementById("course").text());
    assertEquals(sha256, page.html().getElementById("sha256").text());
    WebSession.Page typed = visitor.get("/verify/" + code.toLowerCase().replace("-", ""));
    assertNotNull(typed.html().getElementById("valid"), "codes are read as people type them");
    WebSession.Page matches = visitor.get("/verify/" + code + "?hash=" + sha256.toUpperCase());
    assertNotNull(matches.html().getElementById("hashMatches"), matches.body());
    WebSession.Page differs = visitor.get("/verify/" + code + "?hash=" + "0".repeat(64));
    assertNotNull(differs.html().getElementById("hashDiffers"), differs.body());
    WebSession.Page unknown = visitor.get("/verify/AAAA-AAAA-AAAA-AAAA");
    assertEquals(404, unknown.status());
    assertNotNull(unknown.html().getElementById("unknown"), unknown.body());
    assertTrue(
        visitor.setCookieHeaders().stream().noneMatch(h -> h.startsWith("JSESSIONID")),
        "the verification page set " + visitor.setCookieHeaders());

    // An admin finds it by code and revokes it; a reason is required.
    WebSession.Page list = admin.get("/admin/certificates.xhtml");
    WebSession.Page searched =
        admin.submit(
            list,
            "certificates",
            Map.of("certificates:text", code.toLowerCase()),
            "certificates:search");
    Element row =
        searched.html().selectFirst("[id='certificates:table'] tbody tr:contains(" + code + ")");
    assertNotNull(row, searched.body());
    assertTrue(row.text().contains(email), row.text());
    String revoke = row.selectFirst("button[id$=':revoke']").id();
    WebSession.Page noReason =
        admin.submit(searched, "certificates", Map.of("certificates:reason", " "), revoke);
    assertTrue(noReason.body().contains("Say why this certificate is revoked"), noReason.body());
    assertTrue(
        ((JsonObject) json(api.json("GET", "/api/certificates/" + code, null, null)))
            .getBoolean("valid"));
    WebSession.Page revoked =
        admin.submit(
            noReason,
            "certificates",
            Map.of("certificates:reason", "Plagiarised work " + word),
            revoke);
    assertTrue(revoked.body().contains("Certificate revoked"), revoked.body());
    assertEquals(1, revocationAudits(code));

    WebSession.Page after = visitor.get("/verify/" + code);
    assertNotNull(after.html().getElementById("revoked"), after.body());
    assertEquals(null, after.html().getElementById("valid"));
    assertEquals("Plagiarised work " + word, after.html().getElementById("revokedReason").text());
    JsonObject apiAfter =
        (JsonObject) json(api.json("GET", "/api/certificates/" + code, null, null));
    assertFalse(apiAfter.getBoolean("valid"));
    assertEquals("REVOKED", apiAfter.getString("status"));
    assertEquals("Plagiarised work " + word, apiAfter.getString("revokedReason"));
    assertFalse(apiAfter.isNull("revokedAt"));

    assertEquals(410, api.json("GET", "/api/certificates/" + code + "/badge", null, null).status());

    // The database keeps what was issued and makes the revocation final.
    for (String change :
        List.of(
            "update certificate set content = content || 'x' where code = ?",
            "update certificate set status = 'VALID', revoked_at = null, revoked_reason = null,"
                + " revoked_by = null where code = ?",
            "delete from certificate where code = ?")) {
      try (Connection c = server.connection();
          PreparedStatement s = c.prepareStatement(change)) {
        s.setString(1, code);
        assertThrows(SQLException.class, s::executeUpdate, change);
      }
    }

    // Search by learner email finds it too, now marked revoked and without a revoke button.
    WebSession.Page byEmail =
        admin.submit(
            admin.get("/admin/certificates.xhtml"),
            "certificates",
            Map.of("certificates:text", email),
            "certificates:search");
    Element revokedRow =
        byEmail.html().selectFirst("[id='certificates:table'] tbody tr:contains(" + code + ")");
    assertNotNull(revokedRow, byEmail.body());
    assertTrue(revokedRow.text().contains("REVOKED"), revokedRow.text());
    assertEquals(null, revokedRow.selectFirst("button[id$=':revoke']"));
  }
}
