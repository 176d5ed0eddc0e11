package com.azora.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

  /** The sanitizer writes the two rel values in either order. */
  private static final String REL = "rel=\"(nofollow noopener|noopener nofollow)\"";

  private static String html(String markdown) {
    return Markdown.render(markdown).safeHtml();
  }

  @Test
  void rendersTheUsualMarkdown() {
    String out =
        html(
            "# Title\n\nSome *emphasis*, **strong**, ~~gone~~ and `code`.\n\n"
                + "- one\n- two\n\n1. first\n\n> quoted\n\n```java\nint x = 1;\n```\n");
    assertTrue(out.contains("<h1>Title</h1>"), out);
    assertTrue(out.contains("<em>emphasis</em>"), out);
    assertTrue(out.contains("<strong>strong</strong>"), out);
    assertTrue(out.contains("<del>gone</del>"), out);
    assertTrue(out.contains("<code>code</code>"), out);
    assertTrue(out.contains("<ul><li>one</li>"), out);
    assertTrue(out.contains("<blockquote>"), out);
    assertTrue(out.contains("<code class=\"language-java\">int x &#61; 1;"), out);
  }

  @Test
  void rendersTablesAndAutolinks() {
    String out = html("| a | b |\n|---|:-:|\n| 1 | 2 |\n\nSee https://example.org/x now.");
    assertTrue(out.contains("<table>"), out);
    assertTrue(out.contains("<td align=\"center\">2</td>"), out);
    assertTrue(out.matches("(?s).*<a href=\"https://example.org/x\" " + REL + ">.*"), out);
  }

  @Test
  void linksGetNofollowNoopener() {
    String out = html("[site](https://example.org/page?a=1&b=2 \"Title\")");
    assertTrue(out.matches("(?s).*<a [^>]*" + REL + ">site</a>.*"), out);
    assertTrue(out.contains("href=\"https://example.org/page?a&#61;1&amp;b&#61;2\""), out);
  }

  @Test
  void imagesOnlyOverHttp() {
    assertTrue(html("![cat](https://img.example.org/cat.png)").contains("<img"));
    assertFalse(html("![x](data:image/png;base64,iVBORw0KGgo=)").contains("data:"));
    assertFalse(html("![x](javascript:alert(1))").toLowerCase(Locale.ROOT).contains("javascript"));
    assertFalse(html("![x](//evil.example.org/x.png)").contains("evil"));
  }

  @Test
  void emptyAndNullRenderNothing() {
    assertTrue(Markdown.render(null).isEmpty());
    assertEquals("", html("   "));
  }

  /** Classic XSS vectors: none survives as markup, whatever the Markdown does with it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example.org/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"https://ok.example.org/a.png\" onerror=\"alert(1)\">",
        "<svg onload=alert(1)><circle/></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<iframe src=\"https://evil.example.org\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;&#x61;vascript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "<a href=\"https://ok.example.org\" onclick=\"alert(1)\">x</a>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<scr<script>ipt>alert(1)</script>",
        "<form action=\"https://evil.example.org\"><input name=x></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "`<script>alert(1)</script>`",
        "```\n<script>alert(1)</script>\n```",
        "<base href=\"https://evil.example.org/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example.org\">",
        "<link rel=stylesheet href=https://evil.example.org/x.css>",
        "[x](https://ok.example.org\" onmouseover=\"alert(1))",
        "![x](https://ok.example.org/a.png\"onerror=\"alert(1))"
      })
  void xssVectorsLeaveNoActiveMarkup(String vector) {
    String out = html(vector).toLowerCase(Locale.ROOT);
    for (String tag :
        new String[] {
          "<script", "<svg", "<style", "<iframe", "<object", "<embed", "<form", "<input", "<math",
          "<base", "<meta", "<link", "<div"
        }) {
      assertFalse(out.contains(tag), vector + " -> " + out);
    }
    assertFalse(out.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), vector + " -> " + out);
    assertFalse(out.matches("(?s).*<[^>]*style\\s*=.*"), vector + " -> " + out);
    assertFalse(out.matches("(?s).*(href|src)\\s*=\\s*\"(?!https?:|mailto:|#|/).*"), out);
    // Text may mention anything (it is escaped); inside a tag no script or data URL may appear.
    assertFalse(out.matches("(?s).*<[^>]*(javascript|vbscript|data):.*"), vector + " -> " + out);
  }

  @Test
  void rawHtmlIsShownAsText() {
    String out = html("Before <script>alert(1)</script> after");
    assertTrue(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), out);
  }
}
