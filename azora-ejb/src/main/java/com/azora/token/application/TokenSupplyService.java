package com.azora.token.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.security.Permissions;
import com.azora.token.application.TokenViews.Supply;
import com.azora.token.application.TokenViews.SupplyDay;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * AZR supply computed from ledger entries: minted (what left the treasury), burned, kept as token
 * revenue, and circulating (in users' accounts), with minted and burned per day for 30 days.
 */
@Stateless
@RequiresPermissions(Permissions.TOKENS_MANAGE)
public class TokenSupplyService {

  @PersistenceContext private EntityManager em;

  public Supply supply() {
    Object[] t =
        (Object[])
            em.createNativeQuery(
                    "select coalesce(-sum(e.amount) filter (where a.kind = 'TREASURY'), 0),"
                        + " coalesce(sum(e.amount) filter (where a.kind = 'BURN'), 0),"
                        + " coalesce(sum(e.amount) filter (where a.kind = 'TOKEN_REVENUE'), 0),"
                        + " coalesce(sum(e.amount) filter (where a.owner_id is not null), 0)"
                        + " from ledger_entry e join ledger_account a on a.id = e.account_id"
                        + " where e.currency = 'AZR'")
                .getSingleResult();
    List<SupplyDay> days = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select d.day::date,"
                    + " coalesce(-sum(e.amount) filter (where a.kind = 'TREASURY'), 0),"
                    + " coalesce(sum(e.amount) filter (where a.kind = 'BURN'), 0)"
                    + " from generate_series(cast((now() at time zone 'UTC')::date - 29 as timestamp),"
                    + " cast((now() at time zone 'UTC')::date as timestamp), interval '1 day')"
                    + " as d(day)"
                    + " left join ledger_transaction t on t.created_at >= d.day at time zone 'UTC'"
                    + " and t.created_at < (d.day + interval '1 day') at time zone 'UTC'"
                    + " left join ledger_entry e on e.transaction_id = t.id and e.currency = 'AZR'"
                    + " left join ledger_account a on a.id = e.account_id"
                    + " group by d.day order by d.day")
            .getResultList()) {
      Object[] r = (Object[]) row;
      days.add(
          new SupplyDay(
              ((Date) r[0]).toLocalDate(), azr((BigDecimal) r[1]), azr((BigDecimal) r[2])));
    }
    return new Supply(
        azr((BigDecimal) t[0]),
        azr((BigDecimal) t[1]),
        azr((BigDecimal) t[2]),
        azr((BigDecimal) t[3]),
        days);
  }

  private static BigDecimal azr(BigDecimal v) {
    return LedgerCurrency.AZR.round(v);
  }
}
