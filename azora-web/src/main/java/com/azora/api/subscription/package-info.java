/**
 * REST resources for plans and the caller's own subscription (tiers, subscribe and change, cancel
 * and resume, invoices and their PDFs). They delegate to the subscription services; no logic here.
 */
package com.azora.api.subscription;
