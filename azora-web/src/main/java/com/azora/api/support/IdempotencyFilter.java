package com.azora.api.support;

import com.azora.platform.idempotency.Claim;
import com.azora.platform.idempotency.IdempotencyStore;
import com.azora.platform.idempotency.RequestFingerprint;
import com.azora.platform.idempotency.StoredResponse;
import com.azora.platform.security.AzoraPrincipal;
import com.azora.platform.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an {@link Idempotent} endpoint at most once per (caller, {@code Idempotency-Key}).
 *
 * <p>The key is claimed with an insert that commits before the endpoint runs, so of concurrent
 * duplicates exactly one proceeds. The others wait for its stored response, polling for up to
 * {@link #WAIT_MILLIS}, and replay it; if the first request is still running after that they get
 * 409 "in progress" with {@code Retry-After}, and a retry later gets the replay. The response
 * (status, content type, body; errors too) is captured as it is written and stored in its own
 * transaction.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  public static final String KEY_HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** Longest time a duplicate waits for the first request's response. */
  static final long WAIT_MILLIS = 15_000;

  /** Largest request body the filter reads to fingerprint (the API takes small JSON documents). */
  private static final int MAX_BODY = 1 << 20;

  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
  private static final String OWNER = IdempotencyFilter.class.getName() + ".owner";
  private static final String STATUS = IdempotencyFilter.class.getName() + ".status";

  /** Jersey, not CDI, creates this provider: the bean is looked up on first use. */
  private volatile IdempotencyStore store;

  /**
   * The claim this request holds, kept in the request's properties until its response is stored.
   */
  private record Owner(long userId, String key) {}

  @Override
  public void filter(ContainerRequestContext req) throws IOException {
    Optional<AzoraPrincipal> caller = CurrentUser.find();
    if (caller.isEmpty()) {
      return; // the endpoint answers 401 itself; there is nobody to scope the key to
    }
    String key = req.getHeaderString(KEY_HEADER);
    if (!RequestFingerprint.validKey(key)) {
      req.abortWith(
          Problem.response(
              400,
              "Bad Request",
              "This call must not run twice: send an Idempotency-Key header (1 to 255 visible"
                  + " ASCII characters, e.g. a UUID) and reuse it when you retry.",
              List.of(
                  new Problem.FieldError(
                      KEY_HEADER, "Required: 1 to 255 visible ASCII characters."))));
      return;
    }
    byte[] body = readBody(req);
    if (body == null) {
      req.abortWith(Problem.response(413, "Content Too Large", "The request body is too large."));
      return;
    }
    String path = req.getUriInfo().getRequestUri().getRawPath();
    String query = req.getUriInfo().getRequestUri().getRawQuery();
    String hash =
        RequestFingerprint.of(req.getMethod(), query == null ? path : path + "?" + query, body);
    long userId = caller.get().userId();
    Claim claim = store().claim(userId, key, hash);
    if (claim instanceof Claim.Running) {
      claim = awaitFirst(userId, key, hash);
    }
    if (claim instanceof Claim.Won) {
      req.setProperty(OWNER, new Owner(userId, key));
    } else if (claim instanceof Claim.Done d) {
      req.abortWith(replay(d.response()));
    } else if (claim instanceof Claim.Mismatch) {
      req.abortWith(
          Problem.response(
              422,
              "Unprocessable Content",
              "This Idempotency-Key was already used for a different request: use a new key"
                  + " for a new request.",
              List.of(new Problem.FieldError(KEY_HEADER, "Used for a different request."))));
    } else {
      req.abortWith(
          Response.fromResponse(
                  Problem.response(
                      409,
                      "Conflict",
                      "A request with this Idempotency-Key is still in progress; retry shortly to"
                          + " get its result.",
                      List.of(new Problem.FieldError(KEY_HEADER, "In progress."))))
              .header("Retry-After", 1)
              .build());
    }
  }

  /** Polls until the first request stored its response, or the wait is over. */
  private Claim awaitFirst(long userId, String key, String hash) {
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    long pause = 20;
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause = Math.min(pause * 2, 250);
      Optional<Claim> now = store().find(userId, key, hash);
      if (now.isEmpty()) {
        // The first request gave its claim up (it could not store a response): try again.
        return store().claim(userId, key, hash);
      }
      if (!(now.get() instanceof Claim.Running)) {
        return now.get();
      }
    }
    return new Claim.Running();
  }

  private static Response replay(StoredResponse stored) {
    Response.ResponseBuilder r = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
    if (stored.body().length > 0) {
      r.entity(stored.body());
      if (stored.contentType() != null) {
        r.type(MediaType.valueOf(stored.contentType()));
      }
    }
    return r.build();
  }

  private static byte[] readBody(ContainerRequestContext req) throws IOException {
    if (!req.hasEntity()) {
      return new byte[0];
    }
    InputStream in = req.getEntityStream();
    byte[] body = in.readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return null;
    }
    req.setEntityStream(new ByteArrayInputStream(body));
    return body;
  }

  @Override
  public void filter(ContainerRequestContext req, ContainerResponseContext res) {
    Object owner = req.getProperty(OWNER);
    if (!(owner instanceof Owner o)) {
      return;
    }
    if (!res.hasEntity()) {
      req.removeProperty(OWNER);
      save(o, new StoredResponse(res.getStatus(), null, new byte[0]));
    } else {
      req.setProperty(STATUS, res.getStatus());
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext ctx) throws IOException {
    Object owner = ctx.getProperty(OWNER);
    if (!(owner instanceof Owner o)) {
      ctx.proceed();
      return;
    }
    ctx.removeProperty(OWNER);
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    OutputStream out = ctx.getOutputStream();
    ctx.setOutputStream(
        new FilterOutputStream(out) {
          @Override
          public void write(int b) throws IOException {
            copy.write(b);
            out.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            copy.write(b, off, len);
            out.write(b, off, len);
          }
        });
    try {
      ctx.proceed();
    } catch (IOException | RuntimeException e) {
      release(o);
      throw e;
    }
    Object status = ctx.getProperty(STATUS);
    MediaType type = ctx.getMediaType();
    save(
        o,
        new StoredResponse(
            status instanceof Integer s ? s : 200,
            type == null ? null : type.toString(),
            copy.toByteArray()));
  }

  private void save(Owner o, StoredResponse response) {
    try {
      store().complete(o.userId(), o.key(), response);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not store an idempotent response; releasing the key", e);
      release(o);
    }
  }

  private void release(Owner o) {
    try {
      store().release(o.userId(), o.key());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not release an idempotency key", e);
    }
  }

  private IdempotencyStore store() {
    IdempotencyStore s = store;
    if (s == null) {
      s = CDI.current().select(IdempotencyStore.class).get();
      store = s;
    }
    return s;
  }
}
