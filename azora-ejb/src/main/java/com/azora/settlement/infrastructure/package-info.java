/** Settlement adapters: the period report as PDF. */
package com.azora.settlement.infrastructure;
