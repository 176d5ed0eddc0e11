/**
 * Payout pages: the admin's batches and items (bank CSV, confirm, fail, retry) and the instructor's
 * payout method and payouts. Beans are thin: they call the payout services and the batch console.
 */
package com.azora.web.payout;
