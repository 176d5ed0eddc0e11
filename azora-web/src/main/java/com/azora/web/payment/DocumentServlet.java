package com.azora.web.payment;

import com.azora.payment.application.CheckoutService;
import com.azora.payment.application.PaymentAdminService;
import com.azora.payment.application.PaymentViews.DocumentFile;
import com.azora.payment.domain.DocumentNumber;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.authz.AuthorizationException;

/**
 * Receipts and credit notes as PDFs: {@code /learn/receipt/{number}.pdf} for the order's buyer
 * (anyone else gets 404), {@code /admin/receipt/{number}.pdf} for admins (Shiro guards both paths).
 */
@WebServlet({"/learn/receipt/*", "/admin/receipt/*"})
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CheckoutService checkout;
  @EJB private PaymentAdminService admin;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    String number = path.endsWith(".pdf") ? path.substring(1, path.length() - 4) : "";
    if (!DocumentNumber.isValid(number)) {
      res.sendError(404);
      return;
    }
    DocumentFile file;
    try {
      file =
          req.getServletPath().startsWith("/admin")
              ? admin.document(number)
              : checkout.document(number);
    } catch (DomainException | AuthorizationException e) {
      res.sendError(404);
      return;
    }
    res.setContentType("application/pdf");
    res.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader("Content-Security-Policy", "default-src 'none'");
    res.setContentLength(file.data().length);
    res.getOutputStream().write(file.data());
  }
}
