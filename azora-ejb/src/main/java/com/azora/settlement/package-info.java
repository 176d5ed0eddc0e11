/**
 * Settlement: what instructors earned from sales, what is still pending, available and paid out. It
 * reads the ledger; money moves only through the ledger's postings.
 */
package com.azora.settlement;
