/**
 * Exceptions services throw for expected failures; the web and API layers turn them into field
 * messages and RFC 9457 problem documents. They never carry stack traces to users.
 */
package com.azora.platform.error;
