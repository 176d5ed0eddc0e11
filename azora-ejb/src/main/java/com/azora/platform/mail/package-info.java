/**
 * The transactional mail outbox: messages are written in the business transaction and delivered
 * after commit, with retries, through the server's {@code mail/azora} session. With delivery off
 * (demo) they stay readable on the admin Outbox page.
 */
package com.azora.platform.mail;
