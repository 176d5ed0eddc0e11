package com.azora.web.catalog;

import com.azora.catalog.application.CatalogService;
import com.azora.catalog.application.CatalogViews.Thumbnail;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves course thumbnails at /course-thumbnail/{courseId}: cacheable by anyone for catalog courses
 * (the URL carries a version, the ETag is the image's SHA-256), and it never creates an HTTP
 * session (Shiro's noSessionCreation guards the path).
 */
@WebServlet("/course-thumbnail/*")
public class ThumbnailServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CatalogService catalog;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    long courseId;
    try {
      courseId = Long.parseLong(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      res.sendError(404);
      return;
    }
    Optional<Thumbnail> found = catalog.thumbnail(courseId);
    if (found.isEmpty()) {
      res.sendError(404);
      return;
    }
    Thumbnail t = found.get();
    String etag = "\"" + t.etag() + "\"";
    res.setHeader("ETag", etag);
    res.setHeader(
        "Cache-Control", t.shared() ? "public, max-age=86400" : "private, no-cache, max-age=0");
    res.setHeader("Content-Security-Policy", "default-src 'none'");
    res.setHeader("X-Content-Type-Options", "nosniff");
    String ifNoneMatch = req.getHeader("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
      res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    res.setContentType(t.contentType());
    res.setContentLength(t.data().length);
    res.getOutputStream().write(t.data());
  }
}
