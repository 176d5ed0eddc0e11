/** Housekeeping jobs: removing expired identity tokens, sessions and login counters. */
package com.azora.batch.maintenance;
