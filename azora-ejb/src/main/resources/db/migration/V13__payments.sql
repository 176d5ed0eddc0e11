-- Payments: purchase orders for paid courses, the provider events already applied, gap-free
-- receipt and credit-note numbers, and the instructors' share of a sale (per course, per
-- instructor; the configured default applies when both are null).

ALTER TABLE course ADD COLUMN instructor_share_percent NUMERIC(5, 2)
    CONSTRAINT course_instructor_share_range
        CHECK (instructor_share_percent BETWEEN 0 AND 100);

CREATE TABLE instructor_share (
    user_id        BIGINT PRIMARY KEY REFERENCES app_user (id),
    share_percent  NUMERIC(5, 2) NOT NULL CONSTRAINT instructor_share_range CHECK (share_percent BETWEEN 0 AND 100),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE TABLE purchase_order (
    id               BIGSERIAL PRIMARY KEY,
    reference        VARCHAR(24)    NOT NULL UNIQUE,
    user_id          BIGINT         NOT NULL REFERENCES app_user (id),
    course_id        BIGINT         NOT NULL REFERENCES course (id),
    list_price       NUMERIC(12, 2) NOT NULL,
    discount         NUMERIC(12, 2) NOT NULL DEFAULT 0,
    amount           NUMERIC(12, 2) NOT NULL,
    currency         VARCHAR(8)     NOT NULL REFERENCES ledger_currency (code),
    coupon_id        BIGINT,
    provider         VARCHAR(16)    NOT NULL,
    provider_ref     VARCHAR(255),
    status           VARCHAR(20)    NOT NULL DEFAULT 'PENDING',
    refunded_amount  NUMERIC(12, 2) NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    paid_at          TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    cancel_reason    VARCHAR(500),
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT purchase_order_reference_format CHECK (reference ~ '^AZO-[A-Z0-9]{8,16}$'),
    CONSTRAINT purchase_order_status CHECK (status IN ('PENDING', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'CANCELED')),
    CONSTRAINT purchase_order_provider CHECK (provider IN ('offline', 'stripe')),
    CONSTRAINT purchase_order_amounts CHECK (list_price > 0 AND discount >= 0 AND amount > 0
                                             AND amount = list_price - discount),
    CONSTRAINT purchase_order_refunds CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
    CONSTRAINT purchase_order_paid_has_time CHECK ((status IN ('PENDING', 'CANCELED')) = (paid_at IS NULL)),
    CONSTRAINT purchase_order_refund_status CHECK (
        (status = 'REFUNDED') = (refunded_amount = amount)
        AND (status = 'PARTIALLY_REFUNDED') = (refunded_amount > 0 AND refunded_amount < amount)),
    CONSTRAINT purchase_order_canceled_reason CHECK ((status = 'CANCELED') = (cancel_reason IS NOT NULL))
);
CREATE INDEX purchase_order_user ON purchase_order (user_id, created_at DESC);
CREATE INDEX purchase_order_pending ON purchase_order (provider, created_at) WHERE status = 'PENDING';
CREATE UNIQUE INDEX purchase_order_provider_ref ON purchase_order (provider, provider_ref);

-- Each provider event (a Stripe event id) is applied once: the unique key refuses a repeat.
CREATE TABLE payment_event (
    id           BIGSERIAL PRIMARY KEY,
    provider     VARCHAR(16)  NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    type         VARCHAR(100) NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT payment_event_once UNIQUE (provider, event_id)
);

-- One row per series and year; the fulfilment locks it, so numbers have no gaps and no repeats.
CREATE TABLE document_counter (
    series      VARCHAR(4) NOT NULL,
    year        INT        NOT NULL,
    last_value  BIGINT     NOT NULL DEFAULT 0 CHECK (last_value >= 0),
    PRIMARY KEY (series, year)
);

-- Receipts (one per paid order) and credit notes (one per refund).
CREATE TABLE payment_document (
    id                     BIGSERIAL PRIMARY KEY,
    number                 VARCHAR(24)    NOT NULL UNIQUE,
    kind                   VARCHAR(12)    NOT NULL,
    order_id               BIGINT         NOT NULL REFERENCES purchase_order (id),
    seq                    INT            NOT NULL,
    amount                 NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    currency               VARCHAR(8)     NOT NULL REFERENCES ledger_currency (code),
    reason                 VARCHAR(500),
    provider_ref           VARCHAR(255),
    ledger_transaction_id  BIGINT         NOT NULL REFERENCES ledger_transaction (id),
    actor_id               BIGINT REFERENCES app_user (id),
    issued_at              TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT payment_document_kind CHECK (kind IN ('RECEIPT', 'CREDIT_NOTE')),
    CONSTRAINT payment_document_number_format CHECK (number ~ '^(AZ|CN)-[0-9]{4}-[0-9]{6,}$'),
    CONSTRAINT payment_document_series CHECK ((kind = 'RECEIPT') = (number LIKE 'AZ-%')),
    CONSTRAINT payment_document_receipt_first CHECK ((kind = 'RECEIPT') = (seq = 0)),
    CONSTRAINT payment_document_once UNIQUE (order_id, seq)
);
