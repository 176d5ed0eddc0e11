/**
 * The leaderboard-recompute job: open a generation, rank every board kind in parallel partitions
 * (set-based SQL), swap the generation in atomically; its quarter-hourly schedule and the admin's
 * "Recompute now".
 */
package com.azora.batch.leaderboard;
