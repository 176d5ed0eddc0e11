-- Payouts (issue 5): available instructor earnings above a threshold are paid out in a nightly
-- batch, through Stripe Connect or an offline bank transfer an admin confirms. The ledger holds the
-- money (INSTRUCTOR_AVAILABLE -> PAYOUTS when an item is reserved, PAYOUTS -> PROVIDER_CLEARING when
-- paid, back to INSTRUCTOR_AVAILABLE when it finally fails); these rows say where each payout is.

-- How an instructor wants to be paid: one method each.
CREATE TABLE payout_method (
    instructor_id     BIGINT       PRIMARY KEY REFERENCES app_user (id),
    kind              VARCHAR(8)   NOT NULL CHECK (kind IN ('STRIPE', 'BANK')),
    stripe_account    VARCHAR(64)  CHECK (stripe_account ~ '^acct_[A-Za-z0-9]+$'),
    payouts_enabled   BOOLEAN      NOT NULL DEFAULT false,
    account_holder    VARCHAR(140),
    account_number    VARCHAR(40),
    bank_code         VARCHAR(20),
    country           CHAR(2)      CHECK (country ~ '^[A-Z]{2}$'),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT payout_method_complete CHECK (
        (kind = 'STRIPE' AND stripe_account IS NOT NULL)
        OR (kind = 'BANK' AND account_holder IS NOT NULL AND account_number IS NOT NULL
            AND bank_code IS NOT NULL AND country IS NOT NULL))
);

-- One batch per business date; its totals per currency are summed from its items (NUMERIC), so
-- they can never disagree with them.
CREATE TABLE payout_batch (
    id             BIGSERIAL     PRIMARY KEY,
    business_date  DATE          NOT NULL UNIQUE,
    status         VARCHAR(12)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- One payout to one instructor in one currency. PENDING: reserved, not sent; RETRY: a transient
-- failure, sent again at next_attempt_at; AWAITING: handed to the bank (CSV), an admin confirms;
-- PAID and FAILED are final (FAILED returned the money to the instructor).
CREATE TABLE payout_item (
    id               BIGSERIAL     PRIMARY KEY,
    batch_id         BIGINT        NOT NULL REFERENCES payout_batch (id),
    instructor_id    BIGINT        NOT NULL REFERENCES app_user (id),
    currency         VARCHAR(8)    NOT NULL REFERENCES ledger_currency (code),
    amount           NUMERIC(38,8) NOT NULL CHECK (amount > 0),
    provider         VARCHAR(16)   NOT NULL CHECK (provider IN ('stripe', 'bank')),
    destination      VARCHAR(64),
    status           VARCHAR(10)   NOT NULL DEFAULT 'PENDING'
                     CHECK (status IN ('PENDING', 'RETRY', 'AWAITING', 'PAID', 'FAILED')),
    attempts         INT           NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TIMESTAMPTZ,
    last_error       VARCHAR(500),
    provider_ref     VARCHAR(100),
    reserve_tx       BIGINT        NOT NULL REFERENCES ledger_transaction (id),
    settle_tx        BIGINT        REFERENCES ledger_transaction (id),
    paid_at          TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT payout_item_once UNIQUE (batch_id, instructor_id, currency),
    CONSTRAINT payout_item_final_booked CHECK (
        (status IN ('PAID', 'FAILED')) = (settle_tx IS NOT NULL)),
    CONSTRAINT payout_item_paid_at CHECK ((status = 'PAID') = (paid_at IS NOT NULL)),
    CONSTRAINT payout_item_retry_due CHECK (status <> 'RETRY' OR next_attempt_at IS NOT NULL)
);
-- Never pay twice: at most one open payout per instructor and currency (a new one waits until the
-- last is paid or failed).
CREATE UNIQUE INDEX payout_item_open ON payout_item (instructor_id, currency)
    WHERE status NOT IN ('PAID', 'FAILED');
CREATE INDEX payout_item_batch ON payout_item (batch_id, id);
CREATE INDEX payout_item_instructor ON payout_item (instructor_id, id DESC);
CREATE UNIQUE INDEX payout_item_reserve ON payout_item (reserve_tx);
CREATE UNIQUE INDEX payout_item_settle ON payout_item (settle_tx);
