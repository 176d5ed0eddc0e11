/**
 * Payment pages: checkout, an order's status and payment instructions, the learner's payment
 * history with receipts, the admin's payments desk (confirm transfers, cancel, refund) and coupons.
 */
package com.azora.web.payment;
