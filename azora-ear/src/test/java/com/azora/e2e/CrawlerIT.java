package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.WebSession;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each role: start at the dashboard, follow every link in the app and press every button that
 * does not change state; fail on any 4xx/5xx, any dead link, and any button outside a form. Later
 * issues keep this green as they add pages.
 */
@AzoraE2E
class CrawlerIT {

  /** Buttons that only read (search, filter) or re-save what is shown. */
  private static final Pattern SAFE_BUTTON = Pattern.compile(".*:(search|filter|save)$");

  private final AzoraTestServer server = AzoraTestServer.get();

  @ParameterizedTest
  @ValueSource(strings = {Accounts.STUDENT, Accounts.EDUCATOR, Accounts.EMPLOYER, Accounts.ADMIN})
  void everyLinkAndSafeButtonWorks(String email) {
    WebSession web = new WebSession(server.baseUrl());
    WebSession.Page start = Accounts.login(web, email, Accounts.DEMO_PASSWORD);
    assertTrue(start.url().endsWith("/account/dashboard.xhtml"), start.url());
    String origin = URI.create(server.baseUrl()).getAuthority();

    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of("/account/dashboard.xhtml"));
    List<String> problems = new ArrayList<>();
    int buttonsPressed = 0;
    while (!queue.isEmpty() && seen.size() < 200) {
      String path = queue.poll();
      if (!seen.add(path)) {
        continue;
      }
      WebSession.Page page = web.get(path);
      if (page.status() >= 400) {
        problems.add(path + " -> " + page.status());
        continue;
      }
      String type = page.headers().getOrDefault("content-type", List.of("")).get(0);
      if (!type.contains("html")) {
        continue; // A download (receipt PDF, CSV) answered: nothing to follow inside it.
      }
      Document doc = page.html();
      for (Element a : doc.select("a")) {
        String href = a.attr("href");
        if (a.className().startsWith("ui-") && href.equals("#")) {
          continue; // PrimeFaces widget chrome (dialog close icon, paginator), driven by its script
        }
        if (href.isEmpty() || href.equals("#") || href.startsWith("javascript:")) {
          problems.add(path + ": dead link '" + a.text() + "' href=\"" + href + "\"");
          continue;
        }
        URI target = URI.create(a.absUrl("href"));
        if (!origin.equals(target.getAuthority())) {
          continue;
        }
        String next =
            target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        if (!next.contains("/jakarta.faces.resource/")) {
          queue.add(next);
        }
      }
      for (Element button : doc.select("button, input[type=submit]")) {
        Element form = button.closest("form");
        if (form == null) {
          problems.add(path + ": button " + button.id() + " is outside any form");
          continue;
        }
        if (SAFE_BUTTON.matcher(button.id()).matches()) {
          WebSession.Page after = web.submit(page, form.id(), Map.of(), button.id());
          buttonsPressed++;
          if (after.status() >= 400 || after.body().contains("Something went wrong")) {
            problems.add(path + ": pressing " + button.id() + " -> " + after.status());
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), email + ": " + String.join("\n", problems));
    assertTrue(seen.size() >= 4, "crawled only " + seen);
    assertTrue(buttonsPressed >= 1, "no button was pressed");
    assertEquals(
        200, web.get("/account/dashboard.xhtml").status(), "still signed in after the crawl");
  }
}
