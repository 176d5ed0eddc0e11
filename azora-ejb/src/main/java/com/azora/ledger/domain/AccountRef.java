package com.azora.ledger.domain;

import java.util.Objects;

/**
 * Names an account by kind, owner and currency; the ledger opens it on first use. Owned kinds need
 * an owner, system kinds must not have one.
 */
public record AccountRef(AccountKind kind, Long ownerId, LedgerCurrency currency) {

  public AccountRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currency, "currency");
    if (kind.owned() != (ownerId != null)) {
      throw new IllegalArgumentException(
          kind + (kind.owned() ? " needs an owner" : " is a system account without an owner"));
    }
  }

  public static AccountRef wallet(long userId, LedgerCurrency currency) {
    return new AccountRef(AccountKind.USER_WALLET, userId, currency);
  }

  public static AccountRef owned(AccountKind kind, long userId, LedgerCurrency currency) {
    return new AccountRef(kind, userId, currency);
  }

  public static AccountRef system(AccountKind kind, LedgerCurrency currency) {
    return new AccountRef(kind, null, currency);
  }
}
