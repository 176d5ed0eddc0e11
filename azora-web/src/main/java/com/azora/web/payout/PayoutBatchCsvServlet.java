package com.azora.web.payout;

import com.azora.payout.application.PayoutAdminService;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /admin/payout-batch.csv?id=} (Shiro guards /admin/**): the batch's bank transfers
 * waiting for finance, one row per payout with its reference.
 */
@WebServlet("/admin/payout-batch.csv")
public class PayoutBatchCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private PayoutAdminService payouts;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (NumberFormatException e) {
      res.sendError(404);
      return;
    }
    String body;
    try {
      body = payouts.bankCsv(id);
    } catch (DomainException e) {
      res.sendError(404);
      return;
    }
    byte[] csv = body.getBytes(StandardCharsets.UTF_8);
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader(
        "Content-Disposition", "attachment; filename=\"azora-payouts-" + id + "-bank.csv\"");
    res.setHeader("Cache-Control", "private, no-store");
    res.setContentLength(csv.length);
    res.getOutputStream().write(csv);
  }
}
