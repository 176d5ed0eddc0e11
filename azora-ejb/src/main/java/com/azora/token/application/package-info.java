/**
 * Token use cases for pages and the API: the wallet, transfers, redemptions, and the admin's reward
 * rules, catalogue and supply. Each public method declares who may call it.
 */
package com.azora.token.application;
