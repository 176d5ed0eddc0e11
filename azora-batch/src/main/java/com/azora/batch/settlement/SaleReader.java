package com.azora.batch.settlement;

import com.azora.batch.BatchRuns;
import com.azora.batch.KeyedReader;
import com.azora.settlement.application.SettlementBook;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Sales (order ids) whose refund window closed by the business date and not settled yet. */
@Dependent
@Named("settlementSaleReader")
public class SaleReader extends KeyedReader {

  @EJB private SettlementBook book;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Inject
  @BatchProperty(name = "itemCount")
  private String itemCount;

  @Override
  protected List<Long> next(long after, int max) {
    return book.eligibleSales(BatchRuns.businessDate(businessDate), after, max);
  }

  @Override
  protected int pageSize() {
    return SettlementJob.itemCount(itemCount);
  }
}
