package com.azora.payout.domain;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Bank details as an instructor types them, normalised, with what is wrong per field. */
public record BankAccount(String holder, String accountNumber, String bankCode, String country) {

  /** Upper case, spaces removed (IBANs are printed in groups of four). */
  public static BankAccount normalised(
      String holder, String accountNumber, String bankCode, String country) {
    return new BankAccount(
        holder == null ? "" : holder.strip(),
        compact(accountNumber),
        compact(bankCode),
        compact(country));
  }

  /** Field name to message; empty when the details are usable. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    if (holder.isEmpty() || holder.length() > 140) {
      p.put("holder", "Enter the account holder's name (up to 140 characters).");
    }
    if (!country.matches("[A-Z]{2}")) {
      p.put("country", "Enter the two-letter country code, e.g. DE.");
    }
    if (accountNumber.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
      if (accountNumber.length() > 34 || !ibanChecksumOk(accountNumber)) {
        p.put("accountNumber", "This IBAN is not valid: check it for typos.");
      }
    } else if (!accountNumber.matches("[0-9]{4,20}")) {
      p.put("accountNumber", "Enter an IBAN or an account number of 4 to 20 digits.");
    }
    if (!bankCode.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?|[0-9]{3,11}")) {
      p.put("bankCode", "Enter a BIC (8 or 11 characters) or a bank code of 3 to 11 digits.");
    }
    return p;
  }

  /** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
  static boolean ibanChecksumOk(String iban) {
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private static String compact(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
