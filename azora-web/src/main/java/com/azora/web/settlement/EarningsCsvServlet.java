package com.azora.web.settlement;

import com.azora.settlement.application.EarningsCsv;
import com.azora.settlement.application.EarningsService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /teach/earnings.csv} to the signed-in instructor with their browser session (Shiro
 * guards /teach/**); the service reads only the caller's accounts.
 */
@WebServlet("/teach/earnings.csv")
public class EarningsCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private EarningsService earnings;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    byte[] csv = EarningsCsv.of(earnings.mine()).getBytes(StandardCharsets.UTF_8);
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader("Content-Disposition", "attachment; filename=\"azora-earnings.csv\"");
    res.setHeader("Cache-Control", "private, no-store");
    res.setContentLength(csv.length);
    res.getOutputStream().write(csv);
  }
}
