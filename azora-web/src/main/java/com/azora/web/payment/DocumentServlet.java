package com.azora.web.payment;

import com.azora.payment.application.CheckoutService;
import com.azora.payment.application.PaymentAdminService;
import com.azora.payment.application.PaymentViews.DocumentFile;
import com.azora.payment.domain.DocumentNumber;
import com.azora.platform.error.DomainException;
import com.azora.subscription.application.SubscriptionDocuments;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.shiro.authz.AuthorizationException;

/**
 * Money documents as PDFs: receipts and credit notes at {@code /learn/receipt/{number}.pdf} for the
 * order's buyer, subscription invoices at {@code /learn/invoice/{number}.pdf} for the subscriber
 * (anyone else gets 404); the same under {@code /admin/...} for admins (Shiro guards the paths).
 */
@WebServlet({"/learn/receipt/*", "/admin/receipt/*", "/learn/invoice/*", "/admin/invoice/*"})
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** New invoice numbers, and the id-based ones issued before the counters. */
  private static final Pattern INVOICE = Pattern.compile("SI-\\d{4}-\\d{6,}|SUB-\\d{8}");

  @EJB private CheckoutService checkout;
  @EJB private PaymentAdminService admin;
  @EJB private SubscriptionDocuments invoices;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    String number = path.endsWith(".pdf") ? path.substring(1, path.length() - 4) : "";
    boolean asAdmin = req.getServletPath().startsWith("/admin");
    boolean invoice = req.getServletPath().endsWith("/invoice");
    if (invoice ? !INVOICE.matcher(number).matches() : !DocumentNumber.isValid(number)) {
      res.sendError(404);
      return;
    }
    DocumentFile file;
    try {
      if (invoice) {
        file = asAdmin ? invoices.pdf(number) : invoices.myPdf(number);
      } else {
        file = asAdmin ? admin.document(number) : checkout.document(number);
      }
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
