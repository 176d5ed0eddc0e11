-- Learn-to-earn tokens (AZR): reward rules an admin edits, rewards skipped for good (so the
-- catch-up does not retry them forever), the redemption catalogue and each redemption. Balances and
-- the movements themselves live in the ledger (V11).

-- One row of amounts: per lesson, per completed course, per daily streak, and the per-user cap per
-- UTC day.
CREATE TABLE reward_policy (
    id                SMALLINT      PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    lesson_completed  NUMERIC(18,2) NOT NULL CHECK (lesson_completed >= 0),
    course_completed  NUMERIC(18,2) NOT NULL CHECK (course_completed >= 0),
    daily_streak      NUMERIC(18,2) NOT NULL CHECK (daily_streak >= 0),
    daily_cap         NUMERIC(18,2) NOT NULL CHECK (daily_cap > 0),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by        BIGINT        REFERENCES app_user (id)
);
INSERT INTO reward_policy (id, lesson_completed, course_completed, daily_streak, daily_cap)
VALUES (1, 2, 25, 3, 100);

-- A passed quiz earns by score band; bands (inclusive bounds) never overlap.
CREATE TABLE quiz_reward_band (
    id         BIGSERIAL     PRIMARY KEY,
    min_score  NUMERIC(5,2)  NOT NULL,
    max_score  NUMERIC(5,2)  NOT NULL,
    amount     NUMERIC(18,2) NOT NULL CHECK (amount >= 0),
    CONSTRAINT quiz_reward_band_bounds CHECK (min_score >= 0 AND max_score <= 100 AND min_score <= max_score),
    CONSTRAINT quiz_reward_band_disjoint EXCLUDE USING gist (numrange(min_score, max_score, '[]') WITH &&)
);
INSERT INTO quiz_reward_band (min_score, max_score, amount) VALUES
    (60, 79.99, 5), (80, 99.99, 10), (100, 100, 15);

-- Learning events that earn nothing (no rule, or the day's cap was reached): settled, not retried.
CREATE TABLE reward_skip (
    learning_event_id  BIGINT       PRIMARY KEY REFERENCES learning_event (id),
    reason             VARCHAR(16)  NOT NULL CHECK (reason IN ('NO_RULE', 'DAILY_CAP')),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- The catch-up looks for recent events of the rewarded kinds.
CREATE INDEX learning_event_time ON learning_event (occurred_at);

-- How much of a redemption's price is burned, per kind of item.
CREATE TABLE redemption_burn_share (
    type          VARCHAR(32)   PRIMARY KEY
                  CHECK (type IN ('PREMIUM_COURSE_ACCESS', 'FEATURE_UNLOCK', 'DONATION')),
    burn_percent  NUMERIC(5,2)  NOT NULL CHECK (burn_percent BETWEEN 0 AND 100)
);
INSERT INTO redemption_burn_share (type, burn_percent) VALUES
    ('PREMIUM_COURSE_ACCESS', 5), ('FEATURE_UNLOCK', 3), ('DONATION', 2);

CREATE TABLE redemption_item (
    id           BIGSERIAL      PRIMARY KEY,
    name         VARCHAR(120)   NOT NULL CHECK (length(btrim(name)) > 0),
    description  VARCHAR(1000)  NOT NULL DEFAULT '',
    type         VARCHAR(32)    NOT NULL REFERENCES redemption_burn_share (type),
    price        NUMERIC(18,2)  NOT NULL CHECK (price > 0),
    active       BOOLEAN        NOT NULL DEFAULT TRUE,
    course_id    BIGINT         REFERENCES course (id),
    demo         BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    -- Premium access names its course; other kinds name none.
    CONSTRAINT redemption_item_course CHECK ((type = 'PREMIUM_COURSE_ACCESS') = (course_id IS NOT NULL))
);
CREATE INDEX redemption_item_active ON redemption_item (active, name);

-- Each redemption, with what it cost and burned; its ledger transaction moved the tokens.
CREATE TABLE redemption (
    id              BIGSERIAL      PRIMARY KEY,
    user_id         BIGINT         NOT NULL REFERENCES app_user (id),
    item_id         BIGINT         NOT NULL REFERENCES redemption_item (id),
    item_name       VARCHAR(120)   NOT NULL,
    type            VARCHAR(32)    NOT NULL REFERENCES redemption_burn_share (type),
    price           NUMERIC(18,2)  NOT NULL CHECK (price > 0),
    burned          NUMERIC(18,2)  NOT NULL CHECK (burned >= 0),
    course_id       BIGINT         REFERENCES course (id),
    transaction_id  BIGINT         NOT NULL UNIQUE REFERENCES ledger_transaction (id),
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT redemption_burn_within_price CHECK (burned <= price)
);
CREATE INDEX redemption_user ON redemption (user_id, created_at DESC);
