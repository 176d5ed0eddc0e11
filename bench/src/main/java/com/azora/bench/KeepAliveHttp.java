package com.azora.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One load client's HTTP/1.1 connection, kept alive, blocking, with no threads of its own. The
 * JDK's HttpClient hands every call between threads: on the 2-core bench machine it took about a
 * sixth of a core at 190 transfers/s, CPU the server it measures then lacks. This one writes the
 * request and reads the answer on the caller's thread, as the raw SQL paths' JDBC driver does. It
 * speaks just what Azora's answers need: a status line, headers, and a body by Content-Length or
 * chunked.
 */
final class KeepAliveHttp implements AutoCloseable {

  /** A response: its status and body. */
  record Reply(int status, String body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAliveHttp(String baseUrl) {
    URI uri = URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort();
  }

  /**
   * Posts {@code body} as JSON. A kept-alive connection the server closed meanwhile is opened again
   * and the request sent once more, which is safe only for requests with an Idempotency-Key.
   */
  Reply postJson(String path, Map<String, String> headers, String body) throws IOException {
    StringBuilder head = new StringBuilder(256);
    head.append("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host).append(':');
    head.append(port).append("\r\nContent-Type: application/json\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
    byte[] request = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    boolean reused = socket != null;
    try {
      return exchange(request, payload);
    } catch (IOException e) {
      close();
      if (!reused) {
        throw e;
      }
      return exchange(request, payload);
    }
  }

  private Reply exchange(byte[] request, byte[] payload) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      socket.connect(new InetSocketAddress(host, port), 10_000);
      in = new BufferedInputStream(socket.getInputStream(), 8192);
      out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }
    out.write(request);
    out.write(payload);
    out.flush();
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("Not an HTTP/1.1 answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "connection" -> closing = value.equalsIgnoreCase("close");
        default -> {
          // not needed
        }
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
          size > 0;
          size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
        body.write(in.readNBytes(size));
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length > 0) {
      body.write(in.readNBytes((int) length));
    }
    if (closing) {
      close();
    }
    return new Reply(code, body.toString(StandardCharsets.UTF_8));
  }

  /** One header line without its CRLF. */
  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("The server closed the connection");
      }
      if (b != '\r') {
        s.append((char) b);
      }
    }
    return s.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }
}
