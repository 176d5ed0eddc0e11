/**
 * Identity and access: accounts, roles and role requests, email verification, login with throttling
 * and TOTP, password reset, sessions, API tokens, and the security audit log.
 */
package com.azora.identity;
