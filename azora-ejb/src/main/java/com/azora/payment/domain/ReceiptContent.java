package com.azora.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a receipt or credit note says, read from stored rows only so the same document always
 * renders the same: number, kind, order, buyer, course, amounts and (for credit notes) the receipt
 * it corrects and why.
 */
public record ReceiptContent(
    String number,
    boolean creditNote,
    String orderReference,
    Instant issuedAt,
    String buyerName,
    String buyerEmail,
    String courseTitle,
    BigDecimal listPrice,
    BigDecimal discount,
    BigDecimal amount,
    String currency,
    String provider,
    String correctsNumber,
    String reason,
    boolean demo) {}
