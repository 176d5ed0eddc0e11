/** Payment rules as plain classes and the provider contract every provider implements. */
package com.azora.payment.domain;
