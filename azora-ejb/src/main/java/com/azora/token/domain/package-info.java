/** Token rules as plain classes: reward amounts and score bands, the daily cap, streaks, splits. */
package com.azora.token.domain;
