package com.azora.ledger.domain;

/**
 * A booked transaction: its id and chain hash; {@code replayed} is true when the idempotency key
 * had already been booked with the same content and nothing new was written.
 */
public record PostedTransaction(long id, String hash, boolean replayed) {}
