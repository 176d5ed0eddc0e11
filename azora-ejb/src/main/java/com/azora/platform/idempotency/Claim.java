package com.azora.platform.idempotency;

/** What claiming an idempotency key found. */
public sealed interface Claim {

  /** The caller owns the key now: run the request and store its response. */
  record Won() implements Claim {}

  /** The key was used for the same request, which has finished: answer with its response. */
  record Done(StoredResponse response) implements Claim {}

  /** The key was used for the same request, which is still running. */
  record Running() implements Claim {}

  /** The key was used for a different request (method, path or body). */
  record Mismatch() implements Claim {}
}
