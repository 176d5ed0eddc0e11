package com.azora.platform.text;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown (CommonMark with GFM tables, strikethrough and autolinks) to HTML a page can print. Two
 * layers: the Markdown renderer escapes raw HTML in the source, then the OWASP sanitizer keeps only
 * an allow-list of elements and attributes (no scripts, styles, frames, event handlers or
 * non-http(s) URLs; images from http(s) only; links get {@code rel="nofollow noopener"}). What
 * leaves here is always the sanitizer's output. Parser, renderer and policy are thread-safe.
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://[^\\s\"'<>`]+$");
  private static final Pattern LINK_URL =
      Pattern.compile("(?i)^(https?://|mailto:|#|/(?!/))[^\\s\"'<>`]*$");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "pre",
              "code",
              "ul",
              "ol",
              "li",
              "em",
              "strong",
              "del",
              "hr",
              "br",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .matching(LINK_URL)
          .onElements("a")
          .allowAttributes("title")
          .onElements("a", "img")
          .allowAttributes("src")
          .matching(HTTP_URL)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("start")
          .matching(Pattern.compile("^\\d{1,6}$"))
          .onElements("ol")
          .allowAttributes("align")
          .matching(Pattern.compile("^(left|center|right)$"))
          .onElements("th", "td")
          .allowAttributes("class")
          .matching(Pattern.compile("^language-[A-Za-z0-9_+-]{1,30}$"))
          .onElements("code")
          .requireRelsOnLinks("nofollow", "noopener")
          .toFactory();

  private Markdown() {}

  /** Renders Markdown source (null counts as empty) to sanitized HTML. */
  public static SafeHtml render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return new SafeHtml("");
    }
    return new SafeHtml(POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))));
  }
}
