/** Identity persistence and adapters: JPA repositories, password hashing, QR rendering. */
package com.azora.identity.infrastructure;
