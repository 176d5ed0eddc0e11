-- The rewards a leaderboard run counts, read from the ledger once per run (a join of transactions,
-- entries and accounts, with each reward's course read from its metadata) instead of once per
-- board kind. Only the rows of running or current generations are kept: the swap deletes the
-- rest. Unlogged because they are a scratch copy of the ledger: after a crash PostgreSQL empties
-- the table, and the next run stages again.
CREATE UNLOGGED TABLE leaderboard_points (
    generation  BIGINT         NOT NULL,
    user_id     BIGINT         NOT NULL,
    -- The course the reward names; null when it names none.
    course_id   BIGINT,
    amount      NUMERIC(38,8)  NOT NULL,
    created_at  TIMESTAMPTZ    NOT NULL
);
CREATE INDEX leaderboard_points_generation ON leaderboard_points (generation);
