-- Leaderboards from token earnings (REWARD transactions), recomputed by the leaderboard-recompute
-- job into a new generation of rows and swapped in by moving one pointer row, so readers always see
-- whole boards. Also the minimal organisation (a named group of users) that per-organisation boards
-- rank.

CREATE TABLE organisation (
    id          BIGSERIAL    PRIMARY KEY,
    name        VARCHAR(120) NOT NULL CHECK (length(btrim(name)) > 0),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by  BIGINT       REFERENCES app_user (id)
);
CREATE UNIQUE INDEX organisation_name ON organisation (lower(name));

CREATE TABLE organisation_member (
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    user_id          BIGINT      NOT NULL REFERENCES app_user (id),
    added_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_member_user ON organisation_member (user_id);

-- One row per run: the generation its rows carry, the periods it ranked, and the 15-minute slot of
-- a scheduled run (unique, so a timer firing twice for one slot computes once).
CREATE TABLE leaderboard_run (
    generation        BIGINT      PRIMARY KEY,
    slot              TIMESTAMPTZ UNIQUE,
    job_execution_id  BIGINT,
    week_start        TIMESTAMPTZ NOT NULL,
    month_start       TIMESTAMPTZ NOT NULL,
    -- The last ledger transaction counted, so every board of a generation sees the same rewards.
    up_to_transaction BIGINT      NOT NULL,
    status            VARCHAR(12) NOT NULL DEFAULT 'RUNNING'
                      CHECK (status IN ('RUNNING', 'SWAPPED', 'SUPERSEDED')),
    started_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at       TIMESTAMPTZ,
    CONSTRAINT leaderboard_run_finished CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
CREATE SEQUENCE leaderboard_generation_seq;

-- The generation readers use. Moving it is the swap; the one before it is kept until the next swap
-- so a page that pinned it can finish paging.
CREATE TABLE leaderboard_pointer (
    id          SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    generation  BIGINT      REFERENCES leaderboard_run (generation),
    previous    BIGINT      REFERENCES leaderboard_run (generation),
    swapped_at  TIMESTAMPTZ,
    CONSTRAINT leaderboard_pointer_order CHECK (previous IS NULL OR previous < generation)
);
INSERT INTO leaderboard_pointer (id) VALUES (1);

-- One ranked line: board GLOBAL/WEEKLY/MONTHLY have scope 0, COURSE the course id, ORG the
-- organisation id. rank is competition ranking (1, 2, 2, 4); position orders ties for display.
CREATE TABLE leaderboard_entry (
    generation  BIGINT        NOT NULL REFERENCES leaderboard_run (generation),
    board       VARCHAR(8)    NOT NULL CHECK (board IN ('GLOBAL', 'WEEKLY', 'MONTHLY', 'COURSE', 'ORG')),
    scope_id    BIGINT        NOT NULL CHECK (scope_id >= 0),
    position    INTEGER       NOT NULL CHECK (position > 0),
    rank        INTEGER       NOT NULL CHECK (rank > 0 AND rank <= position),
    user_id     BIGINT        NOT NULL,
    points      NUMERIC(18,2) NOT NULL CHECK (points > 0),
    reached_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (generation, board, scope_id, position),
    CONSTRAINT leaderboard_entry_user UNIQUE (generation, board, scope_id, user_id)
);
