package com.azora.platform.mail;

import com.azora.platform.config.ConfigKey;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages after each commit and every 30 seconds for retries. Each message is
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so cluster nodes never send one twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @EJB private OutboxDelivery delivery;
  @EJB private OutboxDispatcher self;

  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
    if (ConfigKey.MAIL_ENABLED.asBoolean()) {
      self.deliverDue();
    }
  }

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void retry() {
    if (ConfigKey.MAIL_ENABLED.asBoolean()) {
      deliverDue();
    }
  }

  @Asynchronous
  public void deliverDue() {
    try {
      List<Long> due = delivery.dueIds(50);
      for (Long id : due) {
        delivery.deliver(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox delivery pass failed", e);
    }
  }
}
