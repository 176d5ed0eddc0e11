package com.azora.web.assessment;

import com.azora.assessment.application.AssignmentSubmissionService;
import com.azora.assessment.application.AssignmentViews.SubmissionDownload;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves a submitted file at /learn/submission-file/{submissionId} to a signed-in browser (Shiro
 * guards /learn/**); the service lets only the student and the course's instructors have it, and
 * answers 404 to everyone else.
 */
@WebServlet("/learn/submission-file/*")
public class SubmissionFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AssignmentSubmissionService submissions;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    long id;
    try {
      id = Long.parseLong(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      res.sendError(404);
      return;
    }
    SubmissionDownload file;
    try {
      file = submissions.download(id);
    } catch (DomainException e) {
      res.sendError(e.kind().status());
      return;
    }
    res.setContentType(file.contentType());
    res.setHeader("Content-Disposition", disposition(file.fileName()));
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    res.setContentLength(file.data().length);
    res.getOutputStream().write(file.data());
  }

  /** Always an attachment; an ASCII fallback name plus the exact name in RFC 5987 form. */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
