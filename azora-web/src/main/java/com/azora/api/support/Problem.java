package com.azora.api.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names the fields at fault. */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** One field and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static Response response(
      int status, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank", title, status, detail, null, errors == null ? List.of() : errors))
        .build();
  }

  public static Response response(int status, String title, String detail) {
    return response(status, title, detail, List.of());
  }
}
