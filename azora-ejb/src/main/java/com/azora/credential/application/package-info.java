/**
 * Certificate use cases: issuing on course completion (in the completing transaction), the
 * learner's certificates and PDF, public verification, admin search and revocation, and the
 * learner's progress report. Services return records, never entities.
 */
package com.azora.credential.application;
