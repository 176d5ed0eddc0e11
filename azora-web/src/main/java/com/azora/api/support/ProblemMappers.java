package com.azora.api.support;

import com.azora.platform.error.AuthenticationFailedException;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;

/** Every API error becomes problem+json; unexpected ones are logged and never leak details. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  static Response of(Throwable t) {
    Throwable e = unwrap(t);
    if (e instanceof DomainException d) {
      List<Problem.FieldError> errors =
          d.field() == null
              ? List.of()
              : List.of(new Problem.FieldError(d.field(), d.getMessage()));
      return Problem.response(d.kind().status(), title(d.kind().status()), d.getMessage(), errors);
    }
    if (e instanceof AuthenticationFailedException a) {
      if (!a.retryAfter().isZero()) {
        Response r = Problem.response(429, "Too Many Requests", a.getMessage());
        return Response.fromResponse(r)
            .header("Retry-After", Math.max(1, a.retryAfter().toSeconds()))
            .build();
      }
      return Problem.response(401, "Unauthorized", a.getMessage());
    }
    if (e instanceof UnauthenticatedException) {
      return Response.fromResponse(
              Problem.response(401, "Unauthorized", "Send a valid access token (Bearer)."))
          .header("WWW-Authenticate", "Bearer")
          .build();
    }
    if (e instanceof AuthorizationException) {
      return Problem.response(403, "Forbidden", "You are not allowed to do this.");
    }
    if (e instanceof ConstraintViolationException cv) {
      List<Problem.FieldError> errors =
          cv.getConstraintViolations().stream()
              .map(
                  v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
              .toList();
      return Problem.response(400, "Bad Request", "Some fields are not valid.", errors);
    }
    if (e instanceof jakarta.ws.rs.ProcessingException
        || e instanceof jakarta.json.bind.JsonbException) {
      return Problem.response(
          400, "Bad Request", "The request body is not valid JSON for this endpoint.");
    }
    if (e instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      return Problem.response(
          status,
          title(status),
          status == 400 ? "The request body is not valid JSON for this endpoint." : title(status));
    }
    LOG.log(Level.SEVERE, "Unexpected API error", e);
    return Problem.response(500, "Internal Server Error", "Something went wrong on our side.");
  }

  private static String leaf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while (e instanceof EJBException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }

  /** Maps every exception the API can throw. */
  @Provider
  public static class Any implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return of(exception);
    }
  }
}
