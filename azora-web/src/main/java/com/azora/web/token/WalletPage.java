package com.azora.web.token;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.token.application.RedemptionService;
import com.azora.token.application.TokenViews.Balance;
import com.azora.token.application.TokenViews.RedemptionRow;
import com.azora.token.application.TokenViews.WalletFilter;
import com.azora.token.application.TokenViews.WalletLine;
import com.azora.token.application.WalletService;
import com.azora.web.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The caller's wallet: balances, filtered transactions with CSV export, redemption history. */
@Named
@ViewScoped
public class WalletPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private WalletService wallet;
  @EJB private RedemptionService redemptions;

  private List<Balance> balances;
  private List<String> types;
  private String type;
  private String currency;
  private LocalDate from;
  private LocalDate to;
  private final PagedModel<WalletLine> lines =
      new PagedModel<>((first, size) -> wallet.transactions(filter(), first, size));
  private final PagedModel<RedemptionRow> history =
      new PagedModel<>((first, size) -> redemptions.history(first, size));

  @PostConstruct
  void load() {
    balances = wallet.balances();
    types = wallet.types();
  }

  private WalletFilter filter() {
    return new WalletFilter(type, from, to, currency);
  }

  /** The filtered list as a CSV download. */
  public StreamedContent getCsv() {
    byte[] bytes = wallet.csv(filter()).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("azora-wallet.csv")
        .contentType("text/csv")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public List<Balance> getBalances() {
    return balances;
  }

  public List<String> getTypes() {
    return types;
  }

  public LedgerCurrency[] getCurrencies() {
    return LedgerCurrency.values();
  }

  public PagedModel<WalletLine> getLines() {
    return lines;
  }

  public PagedModel<RedemptionRow> getHistory() {
    return history;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
