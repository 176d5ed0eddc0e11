/**
 * Payment pages: checkout, an order's status and payment instructions, the learner's payment
 * history with receipts, and the admin's payments desk (confirm transfers, cancel, refund).
 */
package com.azora.web.payment;
