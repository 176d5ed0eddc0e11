-- A leaderboard run writes millions of entries (1,000,000 learners: 4.5 million), and a foreign
-- key checks each inserted row against leaderboard_run with its own lookup and row lock. Runs are
-- never deleted and entries are only written by the run that opened their generation
-- (LeaderboardBuilder), so the key guarded nothing the code can break; the swap deletes entries by
-- generation. The pointer's keys to leaderboard_run stay.
ALTER TABLE leaderboard_entry DROP CONSTRAINT leaderboard_entry_generation_fkey;
