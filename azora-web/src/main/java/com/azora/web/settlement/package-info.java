/** Instructor earnings pages: balances, per course and per month, chart and CSV download. */
package com.azora.web.settlement;
