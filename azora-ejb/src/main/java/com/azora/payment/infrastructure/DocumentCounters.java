package com.azora.payment.infrastructure;

import com.azora.payment.domain.DocumentNumber;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The next number of a document series: an upsert of the series' counter row for the year, which
 * stays locked until the issuing transaction ends, so a rolled-back document leaves no gap and two
 * issuers never share a number.
 */
public final class DocumentCounters {

  private DocumentCounters() {}

  public static String next(EntityManager em, DocumentNumber series, Instant now) {
    int year = now.atZone(ZoneOffset.UTC).getYear();
    long n =
        ((Number)
                em.createNativeQuery(
                        "insert into document_counter (series, year, last_value) values (?1, ?2, 1)"
                            + " on conflict (series, year) do update"
                            + " set last_value = document_counter.last_value + 1"
                            + " returning last_value")
                    .setParameter(1, series.prefix())
                    .setParameter(2, year)
                    .getSingleResult())
            .longValue();
    return series.format(year, n);
  }
}
