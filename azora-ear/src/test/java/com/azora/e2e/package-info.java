/**
 * End-to-end tests: the packaged EAR on a real Payara Server with PostgreSQL, driven over HTTP and
 * through a headless browser the way a person would use it.
 */
package com.azora.e2e;
