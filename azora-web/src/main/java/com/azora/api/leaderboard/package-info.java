/** REST access to leaderboards (the caller's own rank is under /me). */
package com.azora.api.leaderboard;
