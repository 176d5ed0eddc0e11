/**
 * The set-based SQL that builds a generation of boards, one statement per partition, and swaps it
 * in by moving the pointer row; plain JDBC so the batch artifacts can run it on their connection.
 */
package com.azora.leaderboard.infrastructure;
