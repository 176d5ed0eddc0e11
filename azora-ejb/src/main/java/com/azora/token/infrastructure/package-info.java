/**
 * Reward booking that runs without a signed-in caller (after a learning event commits, and in the
 * catch-up timer), and the store of reward rules. Not for pages: they use the application services.
 */
package com.azora.token.infrastructure;
