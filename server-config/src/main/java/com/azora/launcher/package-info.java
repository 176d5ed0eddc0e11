/**
 * Runs Azora on a local Payara Server: embedded or external PostgreSQL, domain set-up through
 * {@code configure-server.sh}, deployment, readiness and a clean stop; usable as a command and as a
 * library (the end-to-end tests start their server through {@link com.azora.launcher.AzoraServer}).
 */
package com.azora.launcher;
