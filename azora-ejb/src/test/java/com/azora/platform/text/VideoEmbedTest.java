package com.azora.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoEmbedTest {

  @ParameterizedTest
  @CsvSource({
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://youtube.com/watch?feature=x&v=dQw4w9WgXcQ&t=3, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://m.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ?t=10, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
    "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871",
    "https://cdn.example.org/talks/intro.MP4, https://cdn.example.org/talks/intro.MP4",
    "https://cdn.example.org/a.webm, https://cdn.example.org/a.webm"
  })
  void allowListedAddressesEmbed(String url, String src) {
    assertEquals(src, VideoEmbed.of(url).orElseThrow().src());
    assertNull(VideoEmbed.problem(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/video",
        "http://cdn.example.org/a.mp4",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>",
        "https://evil.example.org/youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com.evil.example.org/watch?v=dQw4w9WgXcQ"
      })
  void anythingElseIsAPlainLink(String url) {
    assertTrue(VideoEmbed.of(url).isEmpty(), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://example.org/a.mp4",
        "not a url",
        "",
        "https://www.youtube.com/watch?list=abc",
        "https://vimeo.com/channels/staff"
      })
  void badAddressesAreRefusedWhenAuthored(String url) {
    assertNotNull(VideoEmbed.problem(url), url);
  }

  @Test
  void embedsOnlyBuildTheirOwnAddress() {
    VideoEmbed e = VideoEmbed.of("https://youtu.be/abcdefghijk").orElseThrow();
    assertEquals(VideoEmbed.Kind.YOUTUBE, e.kind());
    assertTrue(e.frame());
  }
}
