package com.azora.settlement.application;

import com.azora.platform.PageResult;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import com.azora.settlement.application.SettlementViews.ItemRow;
import com.azora.settlement.application.SettlementViews.SettlementRow;
import com.azora.settlement.infrastructure.SettlementPdf;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The admin's settlement reports: per period and instructor, their items, CSV and PDF. */
@Stateless
@RequiresPermissions(Permissions.PAYMENTS_MANAGE)
public class SettlementAdminService {

  /** A period's report holds at most this many settlements (one per instructor and currency). */
  static final int REPORT_ROWS = 10_000;

  @PersistenceContext private EntityManager em;

  /** Settlements, newest period first; {@code date} narrows to one business date when set. */
  public PageResult<SettlementRow> settlements(LocalDate date, int first, int max) {
    return Settlements.page(em, date, null, first, Math.min(max, 100));
  }

  public SettlementRow settlement(long id) {
    SettlementRow s = Settlements.one(em, id, null);
    if (s == null) {
      throw DomainException.notFound("No such settlement.");
    }
    return s;
  }

  public PageResult<ItemRow> items(long settlementId, int first, int max) {
    settlement(settlementId);
    return Settlements.items(em, settlementId, first, Math.min(max, 100));
  }

  /** One period's settlements as CSV (RFC 4180). */
  public byte[] csv(LocalDate date) {
    return SettlementReport.csv(period(date)).getBytes(StandardCharsets.UTF_8);
  }

  /** One period's settlements as a PDF report. */
  public byte[] pdf(LocalDate date) {
    return SettlementPdf.render(date, period(date), ConfigKey.DEMO.asBoolean());
  }

  private List<SettlementRow> period(LocalDate date) {
    if (date == null) {
      throw DomainException.invalid("date", "Choose a business date.");
    }
    return Settlements.page(em, date, null, 0, REPORT_ROWS).rows();
  }
}
