package com.azora.web.settlement;

import com.azora.settlement.application.SettlementAdminService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A period's settlement report for admins ({@code ?date=yyyy-MM-dd}) as CSV or PDF; Shiro guards
 * /admin/** and the service checks the permission again.
 */
@WebServlet({"/admin/settlement-report.csv", "/admin/settlement-report.pdf"})
public class SettlementReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private SettlementAdminService settlements;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    LocalDate date;
    try {
      date = LocalDate.parse(String.valueOf(req.getParameter("date")));
    } catch (DateTimeParseException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST, "date=yyyy-MM-dd is needed");
      return;
    }
    boolean pdf = req.getServletPath().endsWith(".pdf");
    byte[] body = pdf ? settlements.pdf(date) : settlements.csv(date);
    res.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"azora-settlement-" + date + (pdf ? ".pdf" : ".csv") + "\"");
    res.setHeader("Cache-Control", "private, no-store");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
