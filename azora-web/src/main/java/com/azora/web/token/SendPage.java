package com.azora.web.token;

import com.azora.platform.error.DomainException;
import com.azora.token.application.TokenViews.TransferPreview;
import com.azora.token.application.TransferService;
import com.azora.token.application.WalletService;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Sends tokens in two steps: review (shows the recipient's name and the amount), then confirm. The
 * confirmation carries one request key, so pressing Send twice books one transfer.
 */
@Named
@ViewScoped
public class SendPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TransferService transfers;
  @EJB private WalletService wallet;

  private BigDecimal balance;
  private String recipientEmail;
  private BigDecimal amount;
  private String memo;
  private TransferPreview preview;
  private String requestKey;

  @PostConstruct
  void load() {
    balance = wallet.azr();
  }

  public void review() {
    try {
      preview = transfers.preview(recipientEmail, amount, memo);
      requestKey = UUID.randomUUID().toString();
    } catch (DomainException e) {
      Faces.show(e, "send");
    }
  }

  public void confirm() {
    if (preview == null) {
      return;
    }
    try {
      long id =
          transfers.send(preview.recipientEmail(), preview.amount(), preview.memo(), requestKey);
      Faces.info(
          "Sent "
              + preview.amount().toPlainString()
              + " AZR to "
              + preview.recipientName()
              + " (transaction "
              + id
              + ").");
      preview = null;
      recipientEmail = null;
      amount = null;
      memo = null;
      balance = wallet.azr();
    } catch (DomainException e) {
      preview = null;
      Faces.show(e, "send");
    }
  }

  public void cancel() {
    preview = null;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public TransferPreview getPreview() {
    return preview;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public void setRecipientEmail(String recipientEmail) {
    this.recipientEmail = recipientEmail;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getMemo() {
    return memo;
  }

  public void setMemo(String memo) {
    this.memo = memo;
  }
}
