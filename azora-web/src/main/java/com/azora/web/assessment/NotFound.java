package com.azora.web.assessment;

import com.azora.platform.error.DomainException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request whose object the service did not find (or may not show) with a 404. */
final class NotFound {
  private NotFound() {}

  static void send(DomainException e) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    try {
      ctx.getExternalContext()
          .responseSendError(
              e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, e.getMessage());
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
    ctx.responseComplete();
  }
}
