/**
 * Subscription services for pages: plans and self-service changes, tier and subscription
 * administration, feature gates, and the renewal run the scheduler and the admin button share.
 */
package com.azora.subscription.application;
