package com.azora.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code concurrency} clients each send the next request of the mix as soon as
 * the previous one answered, over kept-alive HTTP/1.1 connections, for a fixed time.
 */
final class LoadRun {

  /** What one run measured; latencies in milliseconds. */
  record Result(
      String name,
      long requests,
      long errors,
      double seconds,
      double p50,
      double p95,
      double p99,
      double max) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private LoadRun() {}

  static Result run(
      String name, String baseUrl, List<String> paths, int concurrency, Duration duration)
      throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<HttpRequest> requests =
        paths.stream()
            .map(
                p ->
                    HttpRequest.newBuilder(URI.create(baseUrl + p))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build())
            .toList();
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    long[][] perClient = new long[concurrency][];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      int client0 = t;
      Thread thread =
          new Thread(
              () -> perClient[client0] = loop(client, requests, client0, deadline, errors),
              "load-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      throw new IllegalStateException(name + ": no request completed");
    }
    return new Result(
        name,
        all.length,
        errors.get(),
        seconds,
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        all[all.length - 1] / 1e6);
  }

  private static long[] loop(
      HttpClient client, List<HttpRequest> requests, int offset, long deadline, AtomicLong errors) {
    long[] latencies = new long[1024];
    int n = 0;
    int i = offset;
    while (System.nanoTime() < deadline) {
      HttpRequest request = requests.get(i++ % requests.size());
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          errors.incrementAndGet();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (n == latencies.length) {
        latencies = Arrays.copyOf(latencies, n * 2);
      }
      latencies[n++] = System.nanoTime() - t0;
    }
    return Arrays.copyOf(latencies, n);
  }

  private static double percentile(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }
}
