/** Durable learning events, recorded once per business key and announced after commit. */
package com.azora.learning.infrastructure;
