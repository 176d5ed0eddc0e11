/**
 * What end-to-end tests share: one Azora server per test JVM ({@link
 * com.azora.e2e.support.AzoraTestServer}), a browser, an HTTP client that shows raw cookies, and
 * the {@link com.azora.e2e.support.AzoraE2E} annotation that hands them to tests.
 */
package com.azora.e2e.support;
