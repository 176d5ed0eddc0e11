/** Shared PDF building blocks (embedded fonts) for certificates, receipts and credit notes. */
package com.azora.platform.pdf;
