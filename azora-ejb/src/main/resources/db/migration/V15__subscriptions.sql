-- Subscriptions: tiers (prices, features and limits as typed columns), one live subscription per
-- user, its invoices with dunning state, and the premium flag on courses that the PRO gate reads.

CREATE TABLE subscription_tier (
    code                     VARCHAR(20)    PRIMARY KEY,
    name                     VARCHAR(60)    NOT NULL,
    rank                     SMALLINT       NOT NULL,
    monthly_price            NUMERIC(12, 2) NOT NULL,
    annual_price             NUMERIC(12, 2) NOT NULL,
    currency                 CHAR(3)        NOT NULL DEFAULT 'USD',
    ai_tutor_quota_per_month INTEGER        NOT NULL,
    premium_courses          BOOLEAN        NOT NULL,
    max_active_projects      INTEGER        NOT NULL,
    active                   BOOLEAN        NOT NULL DEFAULT TRUE,
    updated_at               TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_by               BIGINT REFERENCES app_user (id),
    version                  BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT subscription_tier_code CHECK (code IN ('FREE', 'PRO', 'ENTERPRISE')),
    CONSTRAINT subscription_tier_rank_unique UNIQUE (rank),
    CONSTRAINT subscription_tier_name_present CHECK (length(btrim(name)) > 0),
    CONSTRAINT subscription_tier_prices CHECK (monthly_price >= 0 AND annual_price >= 0),
    -- FREE is what users without a subscription have: it can cost nothing and cannot be switched off.
    CONSTRAINT subscription_tier_free_is_free CHECK (
        code <> 'FREE' OR (monthly_price = 0 AND annual_price = 0 AND active)),
    CONSTRAINT subscription_tier_paid_costs CHECK (
        code = 'FREE' OR (monthly_price > 0 AND annual_price > 0)),
    CONSTRAINT subscription_tier_currency CHECK (currency = 'USD'),
    CONSTRAINT subscription_tier_limits CHECK (ai_tutor_quota_per_month >= 0 AND max_active_projects >= 0)
);

INSERT INTO subscription_tier (code, name, rank, monthly_price, annual_price, ai_tutor_quota_per_month,
                               premium_courses, max_active_projects)
VALUES ('FREE', 'Free', 0, 0.00, 0.00, 10, FALSE, 1),
       ('PRO', 'Pro', 1, 12.00, 120.00, 200, TRUE, 5),
       ('ENTERPRISE', 'Enterprise', 2, 49.00, 490.00, 2000, TRUE, 50);

CREATE TABLE subscription (
    id                   BIGSERIAL   PRIMARY KEY,
    user_id              BIGINT      NOT NULL REFERENCES app_user (id),
    tier_code            VARCHAR(20) NOT NULL REFERENCES subscription_tier (code),
    billing_interval     VARCHAR(10) NOT NULL,
    status               VARCHAR(10) NOT NULL,
    provider             VARCHAR(30) NOT NULL,
    -- Periods are counted from the anchor (anchor + n months), so Jan 31 gives Feb 28/29 then Mar 31.
    billing_anchor       TIMESTAMPTZ NOT NULL,
    period_index         INTEGER     NOT NULL DEFAULT 0,
    current_period_start TIMESTAMPTZ NOT NULL,
    current_period_end   TIMESTAMPTZ NOT NULL,
    cancel_at_period_end BOOLEAN     NOT NULL DEFAULT FALSE,
    pending_tier_code    VARCHAR(20) REFERENCES subscription_tier (code),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    canceled_at          TIMESTAMPTZ,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT subscription_interval CHECK (billing_interval IN ('MONTHLY', 'ANNUAL')),
    CONSTRAINT subscription_status CHECK (status IN ('ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED')),
    CONSTRAINT subscription_paid_tier CHECK (tier_code <> 'FREE'),
    CONSTRAINT subscription_period CHECK (current_period_end > current_period_start),
    CONSTRAINT subscription_period_index CHECK (period_index >= 0),
    CONSTRAINT subscription_canceled_time CHECK ((status = 'CANCELED') = (canceled_at IS NOT NULL)),
    CONSTRAINT subscription_pending_differs CHECK (pending_tier_code IS NULL OR pending_tier_code <> tier_code)
);
-- At most one live (not canceled) subscription per user.
CREATE UNIQUE INDEX subscription_one_live ON subscription (user_id) WHERE status <> 'CANCELED';
CREATE INDEX subscription_user ON subscription (user_id, created_at DESC);
CREATE INDEX subscription_due ON subscription (current_period_end) WHERE status = 'ACTIVE';

CREATE TABLE subscription_invoice (
    id                    BIGSERIAL      PRIMARY KEY,
    number                VARCHAR(30)    GENERATED ALWAYS AS ('SUB-' || lpad(id::text, 8, '0')) STORED,
    subscription_id       BIGINT         NOT NULL REFERENCES subscription (id),
    user_id               BIGINT         NOT NULL REFERENCES app_user (id),
    kind                  VARCHAR(10)    NOT NULL,
    tier_code             VARCHAR(20)    NOT NULL REFERENCES subscription_tier (code),
    billing_interval      VARCHAR(10)    NOT NULL,
    amount                NUMERIC(12, 2) NOT NULL,
    currency              CHAR(3)        NOT NULL DEFAULT 'USD',
    description           VARCHAR(300)   NOT NULL,
    period_start          TIMESTAMPTZ    NOT NULL,
    period_end            TIMESTAMPTZ    NOT NULL,
    status                VARCHAR(8)     NOT NULL DEFAULT 'OPEN',
    provider              VARCHAR(30)    NOT NULL,
    provider_ref          VARCHAR(200),
    attempts              INTEGER        NOT NULL DEFAULT 0,
    next_attempt_at       TIMESTAMPTZ,
    last_error            VARCHAR(500),
    ledger_transaction_id BIGINT         REFERENCES ledger_transaction (id),
    created_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    paid_at               TIMESTAMPTZ,
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT subscription_invoice_number_unique UNIQUE (number),
    CONSTRAINT subscription_invoice_kind CHECK (kind IN ('INITIAL', 'RENEWAL', 'UPGRADE')),
    CONSTRAINT subscription_invoice_interval CHECK (billing_interval IN ('MONTHLY', 'ANNUAL')),
    CONSTRAINT subscription_invoice_amount CHECK (amount > 0),
    CONSTRAINT subscription_invoice_currency CHECK (currency = 'USD'),
    CONSTRAINT subscription_invoice_period CHECK (period_end > period_start),
    CONSTRAINT subscription_invoice_status CHECK (status IN ('OPEN', 'PAID', 'FAILED', 'VOID')),
    CONSTRAINT subscription_invoice_attempts CHECK (attempts >= 0),
    CONSTRAINT subscription_invoice_paid CHECK (
        (status = 'PAID') = (paid_at IS NOT NULL) AND (status <> 'PAID' OR ledger_transaction_id IS NOT NULL)),
    CONSTRAINT subscription_invoice_retry_only_open CHECK (next_attempt_at IS NULL OR status = 'OPEN')
);
-- One invoice per subscription and billing period: two renewal runs at once cannot both bill it.
CREATE UNIQUE INDEX subscription_invoice_one_per_period
    ON subscription_invoice (subscription_id, period_start) WHERE kind IN ('INITIAL', 'RENEWAL');
CREATE INDEX subscription_invoice_subscription ON subscription_invoice (subscription_id, created_at DESC);
CREATE INDEX subscription_invoice_retry_due ON subscription_invoice (next_attempt_at) WHERE status = 'OPEN';
CREATE INDEX subscription_invoice_open ON subscription_invoice (created_at DESC) WHERE status = 'OPEN';

-- Premium courses are open only to subscribers whose tier has premium_courses.
ALTER TABLE course ADD COLUMN premium BOOLEAN NOT NULL DEFAULT FALSE;
