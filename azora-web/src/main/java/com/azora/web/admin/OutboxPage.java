package com.azora.web.admin;

import com.azora.platform.mail.OutboxMessage;
import com.azora.platform.mail.OutboxQueryService;
import com.azora.web.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Queued and sent mail; with delivery off (demo) this is where verification links are read. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OutboxQueryService outbox;

  private String recipient;
  private OutboxMessage.Status status;
  private boolean deliveryEnabled;
  private final PagedModel<OutboxMessage> messages =
      new PagedModel<>((first, size) -> outbox.search(recipient, status, first, size));

  @PostConstruct
  void load() {
    deliveryEnabled = outbox.deliveryEnabled();
  }

  public OutboxMessage.Status[] getStatuses() {
    return OutboxMessage.Status.values();
  }

  public boolean isDeliveryEnabled() {
    return deliveryEnabled;
  }

  public PagedModel<OutboxMessage> getMessages() {
    return messages;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public OutboxMessage.Status getStatus() {
    return status;
  }

  public void setStatus(OutboxMessage.Status status) {
    this.status = status;
  }
}
