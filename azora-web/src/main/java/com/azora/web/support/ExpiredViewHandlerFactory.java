package com.azora.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Sends a request whose view can no longer be restored (session ended, forged or stale view state)
 * to the "page expired" page with a redirect. Rendering an error page inside the failed POST would
 * try to restore that view state again and end on the 500 page.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

  public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable t = events.next().getContext().getException();
        while (t instanceof FacesException
            && !(t instanceof ViewExpiredException)
            && t.getCause() != null) {
          t = t.getCause();
        }
        if (t instanceof ViewExpiredException) {
          FacesContext ctx = FacesContext.getCurrentInstance();
          try {
            ctx.getExternalContext()
                .redirect(
                    ctx.getExternalContext().getRequestContextPath() + "/error/expired.xhtml");
            ctx.responseComplete();
          } catch (IOException e) {
            throw new FacesException(e);
          } finally {
            events.remove();
          }
        }
      }
      getWrapped().handle();
    }
  }
}
