package com.azora.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;

/**
 * Answers two expected failures properly instead of with the 500 page. A view that can no longer be
 * restored (session ended, stale or forged view state) redirects to the "page expired" page:
 * rendering an error page inside the failed POST would try that view state again. A service that
 * refuses the caller gives a 403 (or sign-in when nobody is signed in), however deep the container
 * wrapped the exception.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

  public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static Throwable find(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return c;
      }
    }
    return null;
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
        Throwable expired = find(t, ViewExpiredException.class);
        Throwable denied = find(t, AuthorizationException.class);
        if (expired == null && denied == null) {
          continue;
        }
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ec = ctx.getExternalContext();
        try {
          if (expired != null) {
            ec.redirect(ec.getRequestContextPath() + "/error/expired.xhtml");
          } else if (denied instanceof UnauthenticatedException) {
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
          } else {
            ec.responseSendError(403, "Not allowed");
          }
          ctx.responseComplete();
        } catch (IOException e) {
          throw new FacesException(e);
        } finally {
          events.remove();
        }
      }
      getWrapped().handle();
    }
  }
}
