/**
 * Recurring work the earlier issues scheduled, run as batch jobs through the run guard: the nightly
 * ledger audit (alerts admins on a violation) and subscription renewals with dunning retries.
 */
package com.azora.batch.recurring;
