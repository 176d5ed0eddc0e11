/**
 * The posting engine other services call inside their transaction, the shared ledger queries, and
 * the JDBC invariant checker that tests reuse.
 */
package com.azora.ledger.infrastructure;
