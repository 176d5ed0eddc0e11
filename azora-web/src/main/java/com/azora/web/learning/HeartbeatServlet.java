package com.azora.web.learning;

import com.azora.learning.application.StudyTimeService;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The lesson player's heartbeat: POST /learn/heartbeat with {@code lesson={id}}, from the signed-in
 * page (Shiro requires the session for /learn/**). Only same-origin requests count, so another site
 * cannot make a visitor's browser beat; the service bounds what each beat credits.
 */
@WebServlet("/learn/heartbeat")
public class HeartbeatServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private StudyTimeService time;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!sameOrigin(req)) {
      res.sendError(403);
      return;
    }
    long lessonId;
    try {
      lessonId = Long.parseLong(String.valueOf(req.getParameter("lesson")));
    } catch (NumberFormatException e) {
      res.sendError(400);
      return;
    }
    try {
      int credited = 0;
      if ("1".equals(req.getParameter("resume"))) {
        time.resume(lessonId);
      } else {
        credited = time.heartbeat(lessonId);
      }
      res.setContentType("application/json");
      res.setHeader("Cache-Control", "no-store");
      res.getWriter().write("{\"credited\":" + credited + "}");
    } catch (DomainException e) {
      res.sendError(e.kind().status());
    }
  }

  /** A cross-site request is refused: browsers say where a POST comes from. */
  static boolean sameOrigin(HttpServletRequest req) {
    String site = req.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin")) {
      return false;
    }
    String origin = req.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    try {
      URI o = URI.create(origin);
      String host = req.getHeader("Host");
      return host != null && host.equalsIgnoreCase(o.getAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
