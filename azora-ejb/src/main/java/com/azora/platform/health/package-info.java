/** MicroProfile Health checks: readiness means the database answers and the schema is migrated. */
package com.azora.platform.health;
