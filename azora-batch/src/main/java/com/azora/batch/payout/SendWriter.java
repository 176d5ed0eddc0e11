package com.azora.batch.payout;

import com.azora.payout.application.PayoutBook;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Sends a chunk of payouts. Each carries its idempotency key, so if the chunk's commit is lost
 * after a provider paid, the restart's resend is answered with the same transfer.
 */
@Dependent
@Named("payoutSendWriter")
public class SendWriter extends AbstractItemWriter {

  @EJB private PayoutBook book;

  @Override
  public void writeItems(List<Object> items) {
    book.send(items.stream().map(i -> (Long) i).toList());
  }
}
