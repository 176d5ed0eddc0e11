package com.azora.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BankAccountTest {

  @Test
  void acceptsAnIbanWithSpacesAndABic() {
    BankAccount a =
        BankAccount.normalised(" Ada Lovelace ", "de89 3704 0044 0532 0130 00", "cobadeff", "de");
    assertEquals("DE89370400440532013000", a.accountNumber());
    assertEquals("COBADEFF", a.bankCode());
    assertTrue(a.problems().isEmpty(), a.problems().toString());
  }

  @Test
  void acceptsALocalAccountNumberAndBankCode() {
    assertTrue(BankAccount.normalised("Bo", "62847291", "250655", "ZA").problems().isEmpty());
  }

  @Test
  void namesEveryFieldThatIsWrong() {
    assertEquals(
        Set.of("holder", "accountNumber", "bankCode", "country"),
        BankAccount.normalised("", "DE89370400440532013001", "X", "Germany").problems().keySet());
  }
}
