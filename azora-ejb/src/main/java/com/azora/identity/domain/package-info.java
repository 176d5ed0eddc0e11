/**
 * Identity entities, value objects and pure rules (password policy, TOTP, back-off). Nothing here
 * talks to the container; services in {@code application} orchestrate it.
 */
package com.azora.identity.domain;
