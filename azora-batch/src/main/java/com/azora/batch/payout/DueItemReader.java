package com.azora.batch.payout;

import com.azora.batch.BatchRuns;
import com.azora.batch.KeyedReader;
import com.azora.payout.application.PayoutBook;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The batch's payout items due to be sent (new, or a retry whose time has come). */
@Dependent
@Named("payoutDueReader")
public class DueItemReader extends KeyedReader {

  @EJB private PayoutBook book;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Inject
  @BatchProperty(name = "itemCount")
  private String itemCount;

  @Override
  protected List<Long> next(long after, int max) {
    return book.dueItems(BatchRuns.businessDate(businessDate), after, max);
  }

  @Override
  protected int pageSize() {
    return PayoutJob.itemCount(itemCount);
  }
}
