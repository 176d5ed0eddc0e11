package com.azora.web.token;

import com.azora.platform.error.DomainException;
import com.azora.token.application.RedemptionService;
import com.azora.token.application.TokenViews.CatalogueItem;
import com.azora.token.application.WalletService;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The redemption catalogue: choose an item, confirm the price, redeem. */
@Named
@ViewScoped
public class RedeemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RedemptionService redemptions;
  @EJB private WalletService wallet;

  private List<CatalogueItem> items;
  private BigDecimal balance;
  private CatalogueItem chosen;
  private String requestKey;

  @PostConstruct
  void load() {
    items = redemptions.catalogue();
    balance = wallet.azr();
  }

  public void choose(long itemId) {
    chosen = items.stream().filter(i -> i.id() == itemId).findFirst().orElse(null);
    requestKey = UUID.randomUUID().toString();
  }

  public void confirm() {
    if (chosen == null) {
      return;
    }
    try {
      redemptions.redeem(chosen.id(), requestKey);
      Faces.info(
          "Redeemed “" + chosen.name() + "” for " + chosen.price().toPlainString() + " AZR.");
      chosen = null;
      load();
    } catch (DomainException e) {
      chosen = null;
      Faces.show(e, null);
    }
  }

  public void cancel() {
    chosen = null;
  }

  public List<CatalogueItem> getItems() {
    return items;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public CatalogueItem getChosen() {
    return chosen;
  }
}
