package com.azora.platform.mail;

/** Fired when a message is queued; observed after commit to deliver it right away. */
public record MailQueued(long messageId) {}
