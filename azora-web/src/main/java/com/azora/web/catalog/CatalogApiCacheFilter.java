package com.azora.web.catalog;

import com.azora.catalog.infrastructure.CatalogCache;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Serves anonymous catalog searches ({@code GET /api/courses?…} without a token) from the catalog
 * cache as finished JSON, so the popular searches skip the security filters, JAX-RS and the
 * database. Only complete 200 answers that set no cookie are kept; anything signed in passes
 * through untouched. Mapped in web.xml after the security headers and before Shiro.
 */
public class CatalogApiCacheFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** A finished response as sent. */
  private record Cached(String contentType, byte[] body) {}

  private record Key(String query) {}

  @Inject private CatalogCache cache;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(req.getMethod())
        || req.getHeader("Authorization") != null
        || req.getSession(false) != null) {
      chain.doFilter(req, res);
      return;
    }
    Key key = new Key(req.getQueryString() == null ? "" : req.getQueryString());
    Capture[] capture = new Capture[1];
    Cached answer;
    try {
      answer =
          cache.get(
              key,
              () -> {
                capture[0] = new Capture(res);
                try {
                  chain.doFilter(req, capture[0]);
                } catch (IOException | ServletException e) {
                  throw new PassThrough(e);
                }
                return capture[0].cacheable(req) ? capture[0].finished() : null;
              });
    } catch (PassThrough e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw (ServletException) e.getCause();
    }
    if (capture[0] != null && answer == null) {
      // Not cacheable: send what the application produced as it was.
      capture[0].sendTo(res);
      return;
    }
    if (capture[0] == null) {
      res.setHeader("X-Azora-Cache", "hit");
    }
    res.setContentType(answer.contentType());
    res.setContentLength(answer.body().length);
    res.getOutputStream().write(answer.body());
  }

  /** Carries a checked exception out of the cache's loader. */
  private static final class PassThrough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PassThrough(Exception cause) {
      super(cause);
    }
  }

  /** Buffers the application's answer so it can be kept and then sent. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int status = 200;
    private boolean cookie;
    private PrintWriter writer;
    private final ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
          }
        };

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      status = sc;
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      status = sc;
      super.sendError(sc);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie c) {
      cookie = true;
      super.addCookie(c);
    }

    @Override
    public void addHeader(String name, String value) {
      cookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
      cookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.setHeader(name, value);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {
      // The real length is set when the buffer is sent.
    }

    @Override
    public void setContentLengthLong(long len) {
      // As above.
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    boolean cacheable(HttpServletRequest req) {
      flushBuffer();
      return status == 200
          && !cookie
          && !isCommitted()
          && req.getSession(false) == null
          && getContentType() != null
          && getContentType().startsWith("application/json");
    }

    Cached finished() {
      return new Cached(getContentType(), buffer.toByteArray());
    }

    void sendTo(HttpServletResponse res) throws IOException {
      flushBuffer();
      if (res.isCommitted()) {
        return;
      }
      res.setContentLength(buffer.size());
      res.getOutputStream().write(buffer.toByteArray());
    }
  }
}
