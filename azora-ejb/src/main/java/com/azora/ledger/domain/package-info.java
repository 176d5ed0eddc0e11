/** Ledger rules as plain classes: currencies and their scales, account kinds, balanced postings. */
package com.azora.ledger.domain;
