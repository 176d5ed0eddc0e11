-- Idempotency keys for money-moving API calls, and coupons with their redemptions.

-- One record per (user, Idempotency-Key): the request's fingerprint and, once it finished, the
-- response it got. status IS NULL while the first request is still running.
CREATE TABLE idempotency_record (
    user_id       BIGINT        NOT NULL REFERENCES app_user (id),
    idem_key      VARCHAR(255)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status        SMALLINT,
    content_type  VARCHAR(255),
    body          BYTEA,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    completed_at  TIMESTAMPTZ,
    PRIMARY KEY (user_id, idem_key),
    CONSTRAINT idempotency_key_length CHECK (length(idem_key) BETWEEN 1 AND 255),
    CONSTRAINT idempotency_hash_format CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT idempotency_status_range CHECK (status IS NULL OR status BETWEEN 100 AND 599),
    CONSTRAINT idempotency_completed CHECK ((status IS NULL) = (completed_at IS NULL)),
    CONSTRAINT idempotency_body_when_done CHECK (status IS NOT NULL OR body IS NULL)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);

-- A coupon takes a percentage or a fixed amount (in one currency) off a course's price, for one
-- course or all (course_id NULL), until it expires, is used up or is deactivated.
CREATE TABLE coupon (
    id                BIGSERIAL      PRIMARY KEY,
    code              VARCHAR(40)    NOT NULL,
    kind              VARCHAR(8)     NOT NULL,
    value             NUMERIC(12, 2) NOT NULL,
    currency          VARCHAR(8)     REFERENCES ledger_currency (code),
    course_id         BIGINT         REFERENCES course (id),
    expires_at        TIMESTAMPTZ,
    max_redemptions   INT,
    redemption_count  INT            NOT NULL DEFAULT 0,
    active            BOOLEAN        NOT NULL DEFAULT TRUE,
    created_by        BIGINT         NOT NULL REFERENCES app_user (id),
    created_at        TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT coupon_code_format CHECK (code ~ '^[A-Za-z0-9_-]{3,40}$'),
    CONSTRAINT coupon_kind CHECK (kind IN ('PERCENT', 'AMOUNT')),
    CONSTRAINT coupon_percent_range CHECK (kind <> 'PERCENT' OR (value > 0 AND value <= 100)),
    CONSTRAINT coupon_amount_positive CHECK (kind <> 'AMOUNT' OR value > 0),
    -- An amount is in one currency; a percentage fits any.
    CONSTRAINT coupon_currency_for_amount CHECK ((kind = 'AMOUNT') = (currency IS NOT NULL)),
    CONSTRAINT coupon_max_positive CHECK (max_redemptions IS NULL OR max_redemptions > 0),
    CONSTRAINT coupon_count_within_max CHECK (
        redemption_count >= 0 AND (max_redemptions IS NULL OR redemption_count <= max_redemptions))
);
-- Codes are unique whatever their case: SUMMER10 and summer10 are one coupon.
CREATE UNIQUE INDEX coupon_code_unique ON coupon (lower(code));
CREATE INDEX coupon_created ON coupon (created_at DESC, id DESC);

-- One redemption per coupon and order; a cancelled order deletes its redemption and the count
-- goes back down.
CREATE TABLE coupon_redemption (
    id               BIGSERIAL      PRIMARY KEY,
    coupon_id        BIGINT         NOT NULL REFERENCES coupon (id),
    user_id          BIGINT         NOT NULL REFERENCES app_user (id),
    order_reference  VARCHAR(100)   NOT NULL CHECK (length(btrim(order_reference)) > 0),
    discount         NUMERIC(12, 2) NOT NULL CHECK (discount >= 0),
    redeemed_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT coupon_redemption_once UNIQUE (coupon_id, order_reference)
);
CREATE INDEX coupon_redemption_order ON coupon_redemption (order_reference);
