/**
 * Credentials: certificates of completion issued when a course is completed, their PDF, public
 * verification and revocation. Reads learning and catalog facts; never changes them.
 */
package com.azora.credential;
