package com.azora.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

  @Test
  void receiptsAndCreditNotesHaveTheirOwnSeries() {
    assertEquals("AZ-2026-000001", DocumentNumber.RECEIPT.format(2026, 1));
    assertEquals("CN-2027-000042", DocumentNumber.CREDIT_NOTE.format(2027, 42));
    assertEquals("AZ-2026-1234567", DocumentNumber.RECEIPT.format(2026, 1_234_567));
    assertTrue(DocumentNumber.isValid("AZ-2026-000001"));
    assertFalse(DocumentNumber.isValid("AZ-26-000001"));
    assertFalse(DocumentNumber.isValid(null));
  }

  @Test
  void countersStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.RECEIPT.format(2026, 0));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.RECEIPT.format(99, 1));
  }
}
