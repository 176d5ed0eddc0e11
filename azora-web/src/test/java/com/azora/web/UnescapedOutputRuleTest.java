package com.azora.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page rule of docs/architecture.md: {@code escape="false"} appears only on a tag whose value
 * is a {@code SafeHtml}'s {@code safeHtml()} (the Markdown renderer's sanitized output), and no
 * page uses another way to print raw markup.
 */
class UnescapedOutputRuleTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z:]+\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern ESCAPE_FALSE = Pattern.compile("\\bescape\\s*=\\s*\"false\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern SAFE_VALUE =
      Pattern.compile(
          "^#\\{[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*\\.safeHtml\\(\\)\\}$");

  @Test
  void unescapedOutputOnlyPrintsSanitizedHtml() throws IOException {
    List<String> offences = new ArrayList<>();
    int allowed = 0;
    for (Path page : pages()) {
      String xhtml = Files.readString(page);
      Matcher tags = TAG.matcher(xhtml);
      while (tags.find()) {
        String tag = tags.group();
        if (!ESCAPE_FALSE.matcher(tag).find()) {
          continue;
        }
        Matcher value = VALUE.matcher(tag);
        if (value.find() && SAFE_VALUE.matcher(value.group(1)).matches()) {
          allowed++;
        } else {
          offences.add(PAGES.relativize(page) + ": " + tag);
        }
      }
      if (xhtml.contains("<f:verbatim")) {
        offences.add(PAGES.relativize(page) + ": f:verbatim prints raw markup");
      }
    }
    assertEquals(List.of(), offences, "escape=\"false\" only on #{...safeHtml()}");
    assertTrue(allowed >= 3, "the rule sees the Markdown outputs (found " + allowed + ")");
  }

  @Test
  void theRuleRefusesAnythingElse() {
    assertTrue(SAFE_VALUE.matcher("#{coursePage.description.safeHtml()}").matches());
    assertTrue(SAFE_VALUE.matcher("#{lessonPage.lesson.content().safeHtml()}").matches());
    assertFalse(SAFE_VALUE.matcher("#{coursePage.course.description()}").matches());
    assertFalse(SAFE_VALUE.matcher("#{x.safeHtml()} #{y.body}").matches());
    assertFalse(SAFE_VALUE.matcher("#{x.body.concat(y.safeHtml())}").matches());
    assertFalse(SAFE_VALUE.matcher("#{safeHtml}").matches());
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      List<Path> pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
      assertFalse(pages.isEmpty(), "no pages under " + PAGES.toAbsolutePath());
      return pages;
    }
  }
}
