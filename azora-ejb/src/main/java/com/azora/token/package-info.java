/**
 * Learn-to-earn tokens (AZR): rewards minted for learning events, transfers between students,
 * redemptions that burn a share, and token supply. Every balance moves through the ledger; this
 * context owns only the rules and the redemption catalogue.
 */
package com.azora.token;
