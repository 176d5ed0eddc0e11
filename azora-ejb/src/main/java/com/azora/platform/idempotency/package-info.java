/**
 * Idempotency for API calls that move money: a client's {@code Idempotency-Key} is claimed once per
 * user, the first response is kept for a day and replayed byte for byte. Plain request fingerprints
 * and the store; the HTTP filter lives in the web module.
 */
package com.azora.platform.idempotency;
