/**
 * The earnings-settlement job: keyed chunk readers and writers over the settlement context's {@code
 * SettlementBook}, the nightly catch-up schedule and the admin console's facade. Money moves only
 * through SettlementBook (ledger postings); nothing here touches balances.
 */
package com.azora.batch.settlement;
