package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Course authoring: co-instructors, drag-and-drop (and keyboard) reordering, thumbnails, and
 * archiving a published course.
 */
@AzoraE2E
class AuthoringIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  /** Registers someone who asks to teach, and has an admin approve the educator role. */
  private String newEducator(String name) {
    String email = Accounts.registerAndVerify(server, name, true);
    WebSession admin = actors.admin();
    WebSession.Page requests = admin.get("/admin/role-requests.xhtml");
    Element row =
        requests.html().select("[id='requests:table'] tbody tr").stream()
            .filter(r -> r.text().contains(email))
            .findFirst()
            .orElseThrow(() -> new AssertionError(requests.body()));
    String approve = row.selectFirst("button[id$=':approve']").id();
    admin.submit(requests, "requests", Map.of(), approve);
    return email;
  }

  /** The editor's address, from the educator's course list (post-backs drop the id). */
  private static String editorPath(WebSession educator, String title) {
    Element link =
        educator.get("/teach/courses.xhtml").html().select("[id='courses'] tbody tr").stream()
            .filter(r -> r.text().contains(title))
            .map(r -> r.selectFirst("a[href*='/teach/course.xhtml']"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No course " + title));
    String href = link.attr("href");
    return href.substring(href.indexOf("/teach/course.xhtml"));
  }

  private static List<String> lessonTitles(WebSession.Page editor, int module) {
    return editor
        .html()
        .select("[id='syllabusForm:modules:" + module + ":lessons'] .az-lesson-title")
        .eachText();
  }

  private static List<String> moduleTitles(WebSession.Page editor) {
    return editor.html().select("[id='syllabusForm:modules'] strong[id$=moduleTitle]").eachText();
  }

  @Test
  void coInstructorsEditTheCourseAndThePublicPageListsThem() {
    String word = Actors.word("pottery");
    WebSession owner = actors.educator();
    WebSession.Page editor = Courses.draft(owner, "Pottery " + word, "Arts", "0", "Clay and water");
    String path = editorPath(owner, "Pottery " + word);

    String student = Accounts.registerAndVerify(server, "Potter Student " + word, false);
    WebSession.Page refused =
        owner.submit(
            editor,
            "instructors",
            Map.of("instructors:instructorEmail", student),
            "instructors:addInstructor");
    assertTrue(
        refused.body().contains("No active educator has this email address"), refused.body());

    String coEmail = newEducator("Co Potter " + word);
    WebSession.Page added =
        owner.submit(
            owner.get(path),
            "instructors",
            Map.of("instructors:instructorEmail", coEmail),
            "instructors:addInstructor");
    // The growl escapes the hyphen in its script, so look for the words after it.
    assertTrue(added.body().contains("instructor added: they can edit"), added.body());
    assertTrue(added.html().getElementById("instructors:instructorTable").text().contains(coEmail));

    // The co-instructor sees the course among theirs and edits it like the author.
    WebSession co = actors.signedIn(coEmail, Accounts.STRONG_PASSWORD);
    assertTrue(co.get("/teach/courses.xhtml").body().contains("Pottery " + word));
    WebSession.Page coEditor = co.get(path);
    assertEquals(200, coEditor.status());
    WebSession.Page moduleAdded =
        co.submit(coEditor, "module", Map.of("module:moduleTitle", "Glazes"), "module:addModule");
    assertTrue(moduleAdded.body().contains("Module added"), moduleAdded.body());

    Courses.submit(co, moduleAdded);
    assertTrue(
        Courses.decide(actors.admin(), word, "approve", null).body().contains("Course published"));
    WebSession.Page published = owner.get(path);
    String publicHref = published.html().getElementById("publicPage").attr("href");
    WebSession.Page coursePage = new WebSession(server.baseUrl()).get(publicHref);
    String instructors = coursePage.html().getElementById("instructors").text();
    assertTrue(instructors.contains("Co Potter " + word), instructors);
    assertTrue(instructors.contains(","), "two instructors: " + instructors);

    // Removing the co-instructor takes their access away; the last instructor cannot be removed.
    Element row =
        published.html().select("[id='instructors:instructorTable'] tbody tr").stream()
            .filter(r -> r.text().contains(coEmail))
            .findFirst()
            .orElseThrow();
    WebSession.Page removed =
        owner.submit(
            published,
            "instructors",
            Map.of(),
            row.selectFirst("button[id$=removeInstructor]").id());
    assertTrue(removed.body().contains("Instructor removed"), removed.body());
    assertEquals(404, co.get(path).status());
    assertTrue(
        removed
            .html()
            .select("[id='instructors:instructorTable'] button[id$=removeInstructor]")
            .isEmpty(),
        "the last instructor has no remove button");
  }

  @Test
  void modulesAndLessonsReorderByDragAndDropAndByKeyboard() {
    String word = Actors.word("knots");
    WebSession owner = actors.educator();
    WebSession.Page editor =
        Courses.draft(owner, "Knots " + word, "Sailing", "0", "Bowline", "Reef", "Hitch");
    String path = editorPath(owner, "Knots " + word);
    editor =
        owner.submit(editor, "module", Map.of("module:moduleTitle", "Splices"), "module:addModule");
    assertEquals(List.of("Getting started", "Splices"), moduleTitles(editor));

    // Keyboard: the up button of the third lesson.
    WebSession.Page moved =
        owner.submit(editor, "syllabusForm", Map.of(), "syllabusForm:modules:0:lessons:2:lessonUp");
    assertEquals(List.of("Bowline", "Hitch", "Reef"), lessonTitles(moved, 0), moved.body());

    // Drag and drop: the rowReorder ajax request the page sends when a module row is dropped.
    WebSession.Page dropped =
        owner.submit(moved, "syllabusForm", rowReorder("syllabusForm:modules", 0, 1), null);
    assertEquals(200, dropped.status(), dropped.body());
    assertTrue(dropped.body().contains("partial-response"), dropped.body());
    WebSession.Page after = owner.get(path);
    assertEquals(List.of("Splices", "Getting started"), moduleTitles(after), after.body());

    // ... and a lesson row dropped within its module's table.
    WebSession.Page lessonDropped =
        owner.submit(
            after, "syllabusForm", rowReorder("syllabusForm:modules:1:lessons", 0, 2), null);
    assertEquals(200, lessonDropped.status(), lessonDropped.body());
    assertEquals(List.of("Hitch", "Reef", "Bowline"), lessonTitles(owner.get(path), 1));
  }

  /** The fields PrimeFaces posts when a row of a draggable-rows table is dropped. */
  private static Map<String, String> rowReorder(String table, int from, int to) {
    Map<String, String> m = new HashMap<>();
    m.put("jakarta.faces.partial.ajax", "true");
    m.put("jakarta.faces.source", table);
    m.put("jakarta.faces.partial.execute", table);
    m.put("jakarta.faces.partial.render", "syllabusForm");
    m.put("jakarta.faces.behavior.event", "rowReorder");
    m.put("jakarta.faces.partial.event", "rowReorder");
    m.put(table + "_rowreorder", "true");
    m.put(table + "_fromIndex", String.valueOf(from));
    m.put(table + "_toIndex", String.valueOf(to));
    return m;
  }

  @Test
  void thumbnailsAreCheckedStoredAndServedCacheableWithoutASession() throws Exception {
    String word = Actors.word("lantern");
    WebSession owner = actors.educator();
    WebSession.Page editor = Courses.draft(owner, "Lanterns " + word, "Crafts", "0", "Paper");
    String path = editorPath(owner, "Lanterns " + word);
    assertNotNull(editor.html().getElementById("noThumbnail"), "placeholder before upload");

    WebSession.Page refused =
        owner.submitWithFile(
            editor,
            "thumbnailForm",
            "thumbnailForm:thumbnail_input",
            "lantern.png",
            "image/png",
            "<svg onload=alert(1)>not an image</svg>".getBytes(),
            "thumbnailForm:uploadThumbnail");
    assertTrue(refused.body().contains("Use a PNG, JPEG or WebP image"), refused.body());
    assertNull(refused.html().getElementById("thumbnailForm:thumbnailImage"));

    BufferedImage img = new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    WebSession.Page uploaded =
        owner.submitWithFile(
            owner.get(path),
            "thumbnailForm",
            "thumbnailForm:thumbnail_input",
            "lantern.png",
            "image/png",
            png.toByteArray(),
            "thumbnailForm:uploadThumbnail");
    assertTrue(uploaded.body().contains("Thumbnail saved"), uploaded.body());
    String src = uploaded.html().getElementById("thumbnailForm:thumbnailImage").attr("src");
    assertTrue(src.startsWith("/course-thumbnail/"), src);

    // A draft's thumbnail is for its instructors only.
    assertEquals(404, new WebSession(server.baseUrl()).get(src).status());
    assertEquals(200, owner.get(src).status());

    Courses.submit(owner, uploaded);
    Courses.decide(actors.admin(), word, "approve", null);
    WebSession anonymous = new WebSession(server.baseUrl());
    WebSession.Page catalog = anonymous.get("/catalog.xhtml?q=" + word);
    Element card = catalog.html().selectFirst("#results img.az-thumb");
    assertNotNull(card, catalog.body());
    String cardSrc = card.attr("src");

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> image =
        http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + cardSrc)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("public"));
    assertTrue(image.headers().allValues("Set-Cookie").isEmpty(), "no session for a thumbnail");
    String etag = image.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again =
        http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + cardSrc))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, again.statusCode());

    // The instructor archives it: it leaves the catalog.
    WebSession.Page publishedEditor = owner.get(path);
    WebSession.Page archived =
        owner.submit(publishedEditor, "archiveForm", Map.of(), "archiveForm:archive");
    assertTrue(archived.body().contains("Course archived"), archived.body());
    assertTrue(
        anonymous.get("/catalog.xhtml?q=" + word).body().contains("0 course(s)"),
        "archived courses leave the catalog");
  }

  @Test
  void archivedCoursesLeaveTheCatalogYetEnrolledStudentsKeepReading() {
    String word = Actors.word("sundial");
    WebSession owner = actors.educator();
    String slug =
        Courses.publish(owner, actors.admin(), "Sundials " + word, "0", "Shadows", "Noon");
    WebSession anonymous = new WebSession(server.baseUrl());
    WebSession.Page page = anonymous.get("/course.xhtml?slug=" + slug);
    assertNotNull(page.html().getElementById("thumbnailPlaceholder"), "neutral placeholder");

    String email = Accounts.registerAndVerify(server, "Sundial Reader " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page enrol = student.get("/learn/enrol.xhtml?slug=" + slug);
    WebSession.Page lesson = student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    String lessonPath = lesson.url().substring(lesson.url().indexOf("/learn/lesson.xhtml"));

    // An admin archives it from "All courses", found by title.
    WebSession admin = actors.admin();
    WebSession.Page all = admin.get("/admin/courses.xhtml");
    WebSession.Page found =
        admin.submit(all, "courses", Map.of("courses:title", word), "courses:search");
    Element row =
        found.html().select("[id='courses:table'] tbody tr").stream()
            .filter(r -> r.text().contains(word))
            .findFirst()
            .orElseThrow(() -> new AssertionError(found.body()));
    assertTrue(row.text().contains("PUBLISHED"), row.text());
    WebSession.Page archived =
        admin.submit(found, "courses", Map.of(), row.selectFirst("button[id$=':archive']").id());
    assertTrue(archived.body().contains("Course archived"), archived.body());

    assertTrue(anonymous.get("/catalog.xhtml?q=" + word).body().contains("0 course(s)"));
    WebSession.Page apiSearch = anonymous.json("GET", "/api/courses?q=" + word, null, null);
    assertTrue(apiSearch.body().contains("\"total\":0"), apiSearch.body());
    WebSession.Page coursePage = anonymous.get("/course.xhtml?slug=" + slug);
    assertNotNull(coursePage.html().getElementById("archivedNotice"), coursePage.body());
    assertNull(coursePage.html().getElementById("enrolLink"), "no enrolment into an archive");

    WebSession.Page reading = student.get(lessonPath);
    assertEquals(200, reading.status());
    assertEquals("Shadows", reading.html().getElementById("lessonTitle").text());
    assertNotNull(reading.html().getElementById("archivedNotice"));

    String late = Accounts.registerAndVerify(server, "Late Reader " + word, false);
    WebSession latecomer = actors.signedIn(late, Accounts.STRONG_PASSWORD);
    WebSession.Page refused =
        latecomer.submit(
            latecomer.get("/learn/enrol.xhtml?slug=" + slug), "enrol", Map.of(), "enrol:confirm");
    assertTrue(
        refused.body().contains("This course is archived: it takes no new enrolments"),
        refused.body());
    assertFalse(refused.url().contains("/learn/lesson.xhtml"));
  }

  @Test
  void lessonsAreEditedWithAPreviewAndRemovedWhileTheCourseIsADraft() {
    String word = Actors.word("plover");
    WebSession educator = actors.educator();
    WebSession.Page editor =
        Courses.draft(educator, "Shorebirds " + word, "Science", "0", "Alpha", "Beta");
    WebSession.Page edit = educator.get(editLink(editor, "Alpha"));
    assertEquals("Alpha", edit.html().getElementById("lessonEditorTitle").text(), edit.body());

    Map<String, String> values = WebSession.formFields(edit.html().getElementById("lessonEdit"));
    values.put("lessonEdit:lessonTitle", "");
    values.put("lessonEdit:content", "Sand *and* sea.");
    WebSession.Page refused = educator.submit(edit, "lessonEdit", values, "lessonEdit:save");
    assertTrue(refused.body().contains("Give the lesson a title"), refused.body());
    assertEquals(
        "Sand *and* sea.", refused.html().getElementById("lessonEdit:content").text(), "text kept");

    values.put("lessonEdit:lessonTitle", "Alpha revised");
    WebSession.Page saved = educator.submit(refused, "lessonEdit", values, "lessonEdit:save");
    assertTrue(saved.body().contains("Lesson saved"), saved.body());
    assertEquals("Alpha revised", saved.html().getElementById("lessonEditorTitle").text());

    String stranger = Accounts.withRole(server, "Other Author " + word, "EDUCATOR");
    String path = editLink(educator.get(courseEditorPath(saved)), "Beta");
    assertEquals(
        404, actors.signedIn(stranger, Accounts.STRONG_PASSWORD).get(path).status(), "not theirs");

    WebSession.Page beta = educator.get(path);
    WebSession.Page after = educator.submit(beta, "removeForm", Map.of(), "removeForm:remove");
    String syllabus = after.html().select(".az-lesson-title").text();
    assertTrue(syllabus.contains("Alpha revised") && !syllabus.contains("Beta"), after.body());

    Courses.submit(educator, after);
    WebSession.Page locked =
        educator.get(editLink(educator.get(courseEditorPath(saved)), "Alpha revised"));
    assertNotNull(locked.html().getElementById("readOnly"), locked.body());
    assertNull(locked.html().getElementById("lessonEdit"));
  }

  /** The "edit" link of the lesson with this title on the course editor page. */
  private static String editLink(WebSession.Page editor, String lessonTitle) {
    for (Element row : editor.html().select("tr")) {
      Element title = row.selectFirst(".az-lesson-title");
      if (title != null && title.text().equals(lessonTitle)) {
        return row.selectFirst("a[id$=editLesson]").attr("href");
      }
    }
    throw new AssertionError("no lesson " + lessonTitle + " in\n" + editor.body());
  }

  private static String courseEditorPath(WebSession.Page lessonEditor) {
    return lessonEditor.html().getElementById("backToCourse").attr("href");
  }
}
