package com.azora.platform.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A lesson's video address turned into something a page may embed. Only an allow-list is embedded:
 * YouTube (watch, shorts, embed, youtu.be) as a youtube-nocookie player, Vimeo as its player, and
 * https .mp4/.webm files as a {@code <video>}; the embed address is rebuilt from a checked id,
 * never copied from the input. Anything else is shown as a plain link.
 */
public record VideoEmbed(Kind kind, String src) {

  /** How the player shows it. */
  public enum Kind {
    YOUTUBE,
    VIMEO,
    FILE
  }

  private static final Pattern YOUTUBE_ID = Pattern.compile("^[A-Za-z0-9_-]{11}$");
  private static final Pattern VIMEO_ID = Pattern.compile("^\\d{1,12}$");

  /** Whether the player shows an iframe (YouTube, Vimeo) rather than a {@code <video>}. */
  public boolean frame() {
    return kind != Kind.FILE;
  }

  /** The embed for an allow-listed address, or empty (show a plain link). */
  public static Optional<VideoEmbed> of(String url) {
    URI u = parse(url);
    if (u == null) {
      return Optional.empty();
    }
    String host = host(u);
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    String[] parts = path.replaceFirst("^/", "").split("/");
    if (isYoutubeHost(host)) {
      String id = null;
      if (host.equals("youtu.be")) {
        id = parts[0];
      } else if (path.equals("/watch")) {
        id = queryParam(u.getRawQuery(), "v");
      } else if (parts.length >= 2 && (parts[0].equals("shorts") || parts[0].equals("embed"))) {
        id = parts[1];
      }
      return id != null && YOUTUBE_ID.matcher(id).matches()
          ? Optional.of(
              new VideoEmbed(Kind.YOUTUBE, "https://www.youtube-nocookie.com/embed/" + id))
          : Optional.empty();
    }
    if (isVimeoHost(host)) {
      String id =
          host.equals("player.vimeo.com") && parts.length >= 2 && parts[0].equals("video")
              ? parts[1]
              : parts[0];
      return VIMEO_ID.matcher(id).matches()
          ? Optional.of(new VideoEmbed(Kind.VIMEO, "https://player.vimeo.com/video/" + id))
          : Optional.empty();
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if ("https".equals(u.getScheme()) && (lower.endsWith(".mp4") || lower.endsWith(".webm"))) {
      return Optional.of(new VideoEmbed(Kind.FILE, u.toASCIIString()));
    }
    return Optional.empty();
  }

  /**
   * Why an address cannot be a lesson's video, or null when it can: it must be an http(s) address,
   * and a YouTube or Vimeo address must name a video.
   */
  public static String problem(String url) {
    URI u = parse(url);
    if (u == null) {
      return "Enter the video's https:// address.";
    }
    String host = host(u);
    if (isYoutubeHost(host) && of(url).isEmpty()) {
      return "This YouTube address names no video: use a watch, shorts or youtu.be link.";
    }
    if (isVimeoHost(host) && of(url).isEmpty()) {
      return "This Vimeo address names no video: use vimeo.com/<number>.";
    }
    return null;
  }

  private static URI parse(String url) {
    if (url == null || url.isBlank() || url.length() > 500) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && u.getHost() != null ? u : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String host(URI u) {
    return u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|m\\.)", "");
  }

  private static boolean isYoutubeHost(String host) {
    return host.equals("youtube.com")
        || host.equals("youtu.be")
        || host.equals("youtube-nocookie.com");
  }

  private static boolean isVimeoHost(String host) {
    return host.equals("vimeo.com") || host.equals("player.vimeo.com");
  }

  private static String queryParam(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }
}
