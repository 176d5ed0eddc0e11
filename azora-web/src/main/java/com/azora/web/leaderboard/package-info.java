/** Leaderboard pages: the students' boards with their own rank, and the admin's recomputation. */
package com.azora.web.leaderboard;
