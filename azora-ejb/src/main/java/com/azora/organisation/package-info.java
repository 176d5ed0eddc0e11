/**
 * Organisations: named groups of users that admins manage, ranked together on a leaderboard. A
 * deliberately minimal concept (name and members only).
 */
package com.azora.organisation;
