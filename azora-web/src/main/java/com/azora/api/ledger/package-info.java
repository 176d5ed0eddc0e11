/** Admin ledger API: manual adjustments (token grants, offline top-ups) and the audit. */
package com.azora.api.ledger;
