/** Admin pages of the ledger: explorer, transaction detail, invariant checks and chain audit. */
package com.azora.web.ledger;
