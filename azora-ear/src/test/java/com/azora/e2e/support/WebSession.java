package com.azora.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A cookie-keeping HTTP client that behaves like a plain browser without JavaScript: it follows
 * redirects itself (so every Set-Cookie is seen), and submits Faces forms with their view state.
 */
public final class WebSession {

  /** A fetched page. */
  public record Page(int status, String url, String body, Map<String, List<String>> headers) {
    public Document html() {
      return Jsoup.parse(body, url);
    }

    public List<String> setCookies() {
      return headers.getOrDefault("set-cookie", List.of());
    }
  }

  private final String baseUrl;
  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final List<String> allSetCookies = new ArrayList<>();

  public WebSession(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** Presents a cookie as if the browser had it (for replay tests). */
  public void setCookieForTest(String name, String value) {
    cookies.put(name, value);
  }

  /** Every cookie this session holds, by name (to present them to another server). */
  public Map<String, String> cookies() {
    return Map.copyOf(cookies);
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  /** Every Set-Cookie header received so far, in order. */
  public List<String> setCookieHeaders() {
    return List.copyOf(allSetCookies);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), true);
  }

  /** GET without following redirects. */
  public Page getRaw(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), false);
  }

  public Page postForm(String path, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields))),
        true);
  }

  /**
   * Submits the form with the given id from the page, as the browser would: all its inputs (view
   * state included), the given values over them, and the pressed button.
   */
  public Page submit(Page page, String formId, Map<String, String> values, String buttonId) {
    Element form = page.html().getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form " + formId + " on " + page.url() + ":\n" + page.body());
    }
    Map<String, String> fields = formFields(form);
    fields.putAll(values);
    if (buttonId != null) {
      fields.put(buttonId, buttonId);
    }
    String action = form.absUrl("action");
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields))),
        true);
  }

  /** Submits a multipart form with one file, as a browser does for uploads. */
  public Page submitWithFile(
      Page page,
      String formId,
      String fileField,
      String fileName,
      String contentType,
      byte[] content,
      String buttonId) {
    return submitWithFile(
        page, formId, Map.of(), fileField, fileName, contentType, content, buttonId);
  }

  /** Submits a multipart form with one file and the given field values over the form's own. */
  public Page submitWithFile(
      Page page,
      String formId,
      Map<String, String> values,
      String fileField,
      String fileName,
      String contentType,
      byte[] content,
      String buttonId) {
    Element form = page.html().getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form " + formId + " on " + page.url());
    }
    Map<String, String> fields = formFields(form);
    fields.putAll(values);
    fields.put(buttonId, buttonId);
    String boundary = "----azora" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.getKey()
                  + "\"\r\n\r\n"
                  + f.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(form.absUrl("action")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        true);
  }

  /** The form's current field values, as the browser would send them. */
  public static Map<String, String> formFields(Element form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element in : form.select("input[name], textarea[name], select[name]")) {
      String type = in.attr("type");
      if (type.equals("submit") || type.equals("button") || type.equals("file")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !in.hasAttr("checked")) {
        continue;
      }
      if (in.tagName().equals("select")) {
        Element opt = in.selectFirst("option[selected]");
        if (opt == null) {
          opt = in.selectFirst("option");
        }
        fields.put(in.attr("name"), opt == null ? "" : opt.attr("value"));
      } else if (in.tagName().equals("textarea")) {
        fields.put(in.attr("name"), in.text());
      } else if ((type.equals("checkbox") || type.equals("radio")) && !in.hasAttr("value")) {
        // A checked box without a value attribute submits "on", as browsers do.
        fields.put(in.attr("name"), "on");
      } else {
        fields.put(in.attr("name"), in.attr("value"));
      }
    }
    return fields;
  }

  public Page json(String method, String path, String json, String bearer) {
    return json(method, path, json, bearer, Map.of());
  }

  /** A JSON call with extra request headers (such as Idempotency-Key). */
  public Page json(
      String method, String path, String json, String bearer, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    headers.forEach(b::header);
    return send(b, false);
  }

  private Page send(HttpRequest.Builder b, boolean follow) {
    try {
      HttpResponse<String> r =
          client.send(withCookies(b).build(), HttpResponse.BodyHandlers.ofString());
      remember(r);
      int hops = 0;
      while (follow && r.statusCode() / 100 == 3 && hops++ < 10) {
        String location = r.headers().firstValue("Location").orElseThrow();
        URI next = r.uri().resolve(location);
        r =
            client.send(
                withCookies(HttpRequest.newBuilder(next).GET()).build(),
                HttpResponse.BodyHandlers.ofString());
        remember(r);
      }
      return new Page(r.statusCode(), r.uri().toString(), r.body(), lower(r.headers().map()));
    } catch (IOException e) {
      throw new AssertionError("HTTP request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Map<String, List<String>> lower(Map<String, List<String>> headers) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    headers.forEach((k, v) -> m.put(k.toLowerCase(), v));
    return m;
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder b) {
    if (!cookies.isEmpty()) {
      b.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return b;
  }

  private void remember(HttpResponse<?> r) {
    for (String h : r.headers().allValues("Set-Cookie")) {
      allSetCookies.add(h);
      String pair = h.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      boolean expired = h.toLowerCase().contains("max-age=0") || value.isEmpty();
      if (expired) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : baseUrl + path);
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(
                        e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
