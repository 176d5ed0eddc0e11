/** Leaderboard rules as plain classes: which boards exist, how one is addressed, the periods. */
package com.azora.leaderboard.domain;
