/**
 * The certificate aggregate and its pure rules: the public code format and the canonical content
 * whose SHA-256 is the certificate's fingerprint. No persistence or web code here besides the JPA
 * mapping.
 */
package com.azora.credential.domain;
