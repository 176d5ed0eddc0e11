package com.azora.web.support;

import com.azora.platform.error.DomainException;
import com.azora.web.security.ClientInfo;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Faces plumbing used by backing beans, so they stay about their use case. */
public final class Faces {

  private Faces() {}

  public static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public static String ip() {
    return ClientInfo.ip(request());
  }

  public static String userAgent() {
    return ClientInfo.userAgent(request());
  }

  public static void info(String message) {
    add(null, FacesMessage.SEVERITY_INFO, message);
  }

  public static void error(String clientId, String message) {
    add(clientId, FacesMessage.SEVERITY_ERROR, message);
  }

  /** Shows a service's message next to its field ({@code form:field}) or at the top. */
  public static void show(DomainException e, String formId) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    String clientId = null;
    if (e.field() != null && formId != null) {
      String candidate = formId + ":" + e.field();
      if (ctx.getViewRoot().findComponent(":" + candidate) != null) {
        clientId = candidate;
      }
    }
    add(clientId, FacesMessage.SEVERITY_ERROR, e.getMessage());
    ctx.validationFailed();
  }

  private static void add(String clientId, FacesMessage.Severity severity, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, message, null));
  }

  /** Keeps messages across a redirect. */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void redirect(String path) {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    try {
      ec.redirect(ec.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends the request with a 404 and the error page; for a page whose object is missing or not the
   * caller's.
   */
  public static void notFound(String message) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    try {
      ctx.getExternalContext().responseSendError(404, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.responseComplete();
  }
}
