package com.azora.web.credential;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Gives the public verification page its printed address, {@code /verify/{code}}: forwards to the
 * stateless Faces page {@code /certificate.xhtml?code=…} (the address in the browser stays).
 */
@WebFilter(filterName = "VerifyAddress", urlPatterns = "/verify/*")
public class VerifyAddressFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getPathInfo();
    if (path == null) {
      // Filters mapped by path see no path info; read it from the URI instead.
      String uri = req.getRequestURI().substring(req.getContextPath().length());
      path = uri.length() > "/verify".length() ? uri.substring("/verify".length()) : "";
    }
    String code = path.startsWith("/") ? path.substring(1) : path;
    if (!code.matches("[A-Za-z0-9-]{0,40}")) {
      code = "";
    }
    req.getRequestDispatcher(
            "/certificate.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
        .forward(req, res);
  }
}
