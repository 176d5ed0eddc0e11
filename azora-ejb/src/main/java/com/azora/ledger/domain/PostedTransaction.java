package com.azora.ledger.domain;

/**
 * A booked transaction's id; {@code replayed} is true when the idempotency key had already been
 * booked with the same content and nothing new was written. Its chain hash is set after commit.
 */
public record PostedTransaction(long id, boolean replayed) {}
