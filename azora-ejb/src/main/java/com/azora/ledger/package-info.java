/**
 * The ledger: one double-entry book for every balance in Azora (AZR learn-to-earn tokens and fiat
 * earnings). Other contexts move money only by posting through {@link
 * com.azora.ledger.infrastructure.Ledger}.
 */
package com.azora.ledger;
