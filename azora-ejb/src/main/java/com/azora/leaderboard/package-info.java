/**
 * Leaderboards: rankings of learners by the AZR they earned through rewards (never transfers),
 * computed by the leaderboard-recompute batch job into generations and read only from the current
 * one.
 */
package com.azora.leaderboard;
