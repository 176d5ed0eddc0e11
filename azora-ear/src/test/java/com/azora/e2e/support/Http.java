package com.azora.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A small HTTP client for the server under test that keeps cookies itself: java.net's CookieManager
 * would drop Azora's Secure session cookie on http://localhost, and tests need to see the raw
 * {@code Set-Cookie} headers anyway. Redirects are not followed, so tests see them too.
 */
public final class Http {

  private final String baseUrl;
  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** Posts {@code form} as {@code application/x-www-form-urlencoded}. */
  public Response post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Cookies received so far (name to value), sent back with every request. */
  public Map<String, String> cookies() {
    return cookies;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      Response result = new Response(response.statusCode(), response.headers(), response.body());
      result.setCookies().forEach(this::remember);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private void remember(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = pair.substring(0, eq).trim();
    String value = pair.substring(eq + 1).trim();
    if (setCookie.toLowerCase().contains("max-age=0") || value.isEmpty()) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A response with its body read as text. */
  public record Response(int status, HttpHeaders headers, String body) {

    /** Every {@code Set-Cookie} header, raw. */
    public List<String> setCookies() {
      return headers.allValues("set-cookie");
    }

    /** The raw {@code Set-Cookie} header for cookie {@code name}, if one was set. */
    public Optional<String> setCookie(String name) {
      return setCookies().stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }
}
