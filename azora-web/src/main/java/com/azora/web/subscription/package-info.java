/**
 * Subscription pages: plans and the user's own subscription under {@code /learn}, tier and
 * subscription administration under {@code /admin}. Thin view beans over the subscription services.
 */
package com.azora.web.subscription;
