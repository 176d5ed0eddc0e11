package com.azora.ledger.infrastructure;

/** Fired when a posting is booked; observed after commit to seal it into the hash chain. */
public record LedgerPosted(long transactionId) {}
