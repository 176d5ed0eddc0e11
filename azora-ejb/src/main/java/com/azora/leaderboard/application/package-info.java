/**
 * Reading leaderboards (the current generation only, so a reader never sees half a board) and the
 * admin's view of recomputation runs. Starting the job lives in azora-batch.
 */
package com.azora.leaderboard.application;
