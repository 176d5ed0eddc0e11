package com.azora.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankTransferCsvTest {

  @Test
  void oneRowPerPayoutWithItsReference() {
    String csv =
        BankTransferCsv.of(
            List.of(
                new BankTransferCsv.Row(
                    12,
                    "Ada Lovelace",
                    "DE89370400440532013000",
                    "COBADEFFXXX",
                    "DE",
                    new BigDecimal("120.50"),
                    "EUR")));
    assertEquals(
        BankTransferCsv.HEADER
            + "\r\n12,Ada Lovelace,DE89370400440532013000,COBADEFFXXX,DE,120.50,EUR,"
            + "AZORA-PAYOUT-12\r\n",
        csv);
  }

  @Test
  void quotesCommasQuotesAndLineBreaks() {
    assertEquals("\"Smith, Jane\"", BankTransferCsv.cell("Smith, Jane"));
    assertEquals("\"The \"\"Best\"\" Ltd\"", BankTransferCsv.cell("The \"Best\" Ltd"));
    assertEquals("\"two\nlines\"", BankTransferCsv.cell("two\nlines"));
    assertEquals("", BankTransferCsv.cell(null));
  }

  @Test
  void neutralisesSpreadsheetFormulas() {
    assertEquals("'=HYPERLINK(1)", BankTransferCsv.cell("=HYPERLINK(1)"));
    assertEquals("'+1", BankTransferCsv.cell("+1"));
    assertEquals("'@SUM", BankTransferCsv.cell("@SUM"));
    assertTrue(BankTransferCsv.cell("-2,3").startsWith("\"'-2"));
  }
}
