package com.azora.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks the application's MicroProfile Health readiness endpoint how it is. */
final class ReadinessProbe {

  static final String PATH = "/health/ready";

  /** The name of the application's readiness check ({@code DatabaseReadinessCheck}). */
  static final String APP_CHECK = "database";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final HttpRequest request;
  private final HttpRequest home;
  private String lastAnswer = "no answer";

  ReadinessProbe(String baseUrl) {
    request =
        HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(Duration.ofSeconds(10)).build();
    home =
        HttpRequest.newBuilder(URI.create(baseUrl + "/")).timeout(Duration.ofSeconds(10)).build();
  }

  /**
   * The endpoint's HTTP status, or -1 when nothing answers: 404 while the application is not
   * loaded, 503 while it is loaded but not ready, 200 when ready.
   */
  int status() throws IOException {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      lastAnswer = response.statusCode() + " " + response.body();
      return response.statusCode();
    } catch (IOException e) {
      lastAnswer = e.toString();
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while asking " + PATH, e);
    }
  }

  /**
   * UP, the answer carries Azora's own check, and the web module serves its home page: while the
   * server is still loading the application its health endpoint answers UP with no checks at all,
   * and after the EJB module the web module still takes a while (the API answers 500 until then).
   */
  boolean isUp() throws IOException {
    return status() == 200
        && lastAnswer.contains("\"UP\"")
        && lastAnswer.contains("\"" + APP_CHECK + "\"")
        && homeServed();
  }

  private boolean homeServed() throws IOException {
    try {
      int status = client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 400) {
        lastAnswer = "home page " + status;
        return false;
      }
      return true;
    } catch (IOException e) {
      lastAnswer = e.toString();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while asking for the home page", e);
    }
  }

  String lastAnswer() {
    return lastAnswer;
  }

  /** The pause between two polls. */
  static void pause() throws IOException {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }
}
