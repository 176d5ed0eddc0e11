/**
 * Ledger services for pages and the API: the admin explorer, invariant checks, chain verification.
 */
package com.azora.ledger.application;
