/**
 * Token pages: the student's wallet, send and redeem pages, and the admin's reward rules,
 * redemption catalogue and token supply. Thin beans over the token application services.
 */
package com.azora.web.token;
