/**
 * Settlement pages: the instructor's earnings (balances, per course and month, chart, CSV, their
 * settlements) and the admin's settlement desk (run the job, runs, reports per period).
 */
package com.azora.web.settlement;
