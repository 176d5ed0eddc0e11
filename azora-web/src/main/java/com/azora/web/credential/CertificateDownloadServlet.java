package com.azora.web.credential;

import com.azora.credential.application.CertificateService;
import com.azora.credential.application.CredentialViews.CertificateFile;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code /learn/certificate/{code}.pdf} to the certificate's owner with their browser
 * session (Shiro guards /learn/**); the service answers "not found" for anyone else's code.
 */
@WebServlet("/learn/certificate/*")
public class CertificateDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    if (!path.matches("/[A-Za-z0-9-]{1,40}\\.pdf")) {
      res.sendError(404);
      return;
    }
    CertificateFile file;
    try {
      file = certificates.pdf(path.substring(1, path.length() - 4));
    } catch (DomainException e) {
      res.sendError(404);
      return;
    }
    res.setContentType("application/pdf");
    res.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader("Content-Security-Policy", "default-src 'none'");
    res.setContentLength(file.data().length);
    res.getOutputStream().write(file.data());
  }
}
