/**
 * Typed configuration keys read at run time through MicroProfile Config (env, system properties).
 */
package com.azora.platform.config;
