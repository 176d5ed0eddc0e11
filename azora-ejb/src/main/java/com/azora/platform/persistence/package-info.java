/** Database ownership: Flyway migrations run once at startup before anything touches the schema. */
package com.azora.platform.persistence;
