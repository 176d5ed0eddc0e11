package com.azora.e2e.support;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A payout already paid, booked as the payouts job books one (reserve and paid postings, a PAID
 * item in a fixture batch), for tests about what happens around payouts rather than the job.
 */
public final class PaidPayouts {

  /** The fixture batch's business date: far in the past, never run by the job. */
  private static final String FIXTURE_DATE = "2000-01-01";

  private PaidPayouts() {}

  public static void book(
      AzoraTestServer server, long instructor, LedgerCurrency cur, BigDecimal amount, String word) {
    long reserve =
        LedgerRows.post(
            server,
            Posting.builder("PAYOUT", "test:" + word + ":payout:reserve", "Payout of " + word)
                .move(
                    AccountRef.owned(AccountKind.INSTRUCTOR_AVAILABLE, instructor, cur),
                    AccountRef.system(AccountKind.PAYOUTS, cur),
                    amount)
                .build());
    long paid =
        LedgerRows.post(
            server,
            Posting.builder("PAYOUT_PAID", "test:" + word + ":payout:paid", "Payout of " + word)
                .move(
                    AccountRef.system(AccountKind.PAYOUTS, cur),
                    AccountRef.system(AccountKind.PROVIDER_CLEARING, cur),
                    amount)
                .build());
    try (Connection c = server.connection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into payout_batch (business_date, status) values (date '"
                  + FIXTURE_DATE
                  + "', 'DONE') on conflict (business_date) do nothing")) {
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into payout_item (batch_id, instructor_id, currency, amount, provider,"
                  + " status, attempts, reserve_tx, settle_tx, paid_at) values ((select id from"
                  + " payout_batch where business_date = date '"
                  + FIXTURE_DATE
                  + "'), ?, ?, ?, 'bank', 'PAID', 1, ?, ?, now())")) {
        s.setLong(1, instructor);
        s.setString(2, cur.name());
        s.setBigDecimal(3, amount);
        s.setLong(4, reserve);
        s.setLong(5, paid);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
