/**
 * Cross-cutting platform services every bounded context uses: typed configuration, the Flyway
 * migration at startup, clock and health. No business rules live here.
 */
package com.azora.platform;
