package com.azora.web.ledger;

import com.azora.ledger.application.LedgerExplorerService;
import com.azora.ledger.application.LedgerViews.AccountRow;
import com.azora.ledger.application.LedgerViews.TransactionFilter;
import com.azora.ledger.application.LedgerViews.TransactionRow;
import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The ledger explorer: accounts filtered by owner, kind and currency; transactions filtered by
 * account, user, type and day range. Choosing an account narrows the transactions to it.
 */
@Named
@ViewScoped
public class LedgerExplorerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LedgerExplorerService explorer;

  private String owner;
  private String kind;
  private String currency;
  private Long accountId;
  private String user;
  private String type;
  private LocalDate from;
  private LocalDate to;

  private final PagedModel<AccountRow> accounts =
      new PagedModel<>((first, size) -> explorer.accounts(owner, kind, currency, first, size));
  private final PagedModel<TransactionRow> transactions =
      new PagedModel<>((first, size) -> explorer.transactions(filter(), first, size));

  private TransactionFilter filter() {
    return new TransactionFilter(
        accountId,
        user,
        type,
        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Shows only the transactions of one account. */
  public void showAccount(long id) {
    accountId = id;
  }

  public void clearAccount() {
    accountId = null;
  }

  public List<String> getTypes() {
    return explorer.types();
  }

  public AccountKind[] getKinds() {
    return AccountKind.values();
  }

  public LedgerCurrency[] getCurrencies() {
    return LedgerCurrency.values();
  }

  public PagedModel<AccountRow> getAccounts() {
    return accounts;
  }

  public PagedModel<TransactionRow> getTransactions() {
    return transactions;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
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
