-- Earnings settlement (issue 5): instructors' sale shares move from pending to available once the
-- refund window has passed; one settlement per business date, instructor and currency lists the
-- items it covers. Uniqueness on the items makes a rerun of the job a no-op.

CREATE TABLE settlement (
    id             BIGSERIAL     PRIMARY KEY,
    business_date  DATE          NOT NULL,
    instructor_id  BIGINT        NOT NULL REFERENCES app_user (id),
    currency       VARCHAR(8)    NOT NULL REFERENCES ledger_currency (code),
    -- Sales settled minus reversals taken back in this period (negative when reversals dominate).
    amount         NUMERIC(38,8) NOT NULL DEFAULT 0,
    items          INT           NOT NULL DEFAULT 0 CHECK (items >= 0),
    status         VARCHAR(16)   NOT NULL DEFAULT 'SETTLED' CHECK (status IN ('SETTLED')),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT settlement_period UNIQUE (business_date, instructor_id, currency)
);
CREATE INDEX settlement_instructor ON settlement (instructor_id, business_date DESC);

-- A refund of a sale whose instructor share was already settled takes that share from REFUNDS
-- (a receivable from the instructor); the next settlement run reverses it out of their available
-- balance. One row per refund and instructor.
CREATE TABLE settlement_receivable (
    id             BIGSERIAL     PRIMARY KEY,
    order_id       BIGINT        NOT NULL REFERENCES purchase_order (id),
    instructor_id  BIGINT        NOT NULL REFERENCES app_user (id),
    currency       VARCHAR(8)    NOT NULL REFERENCES ledger_currency (code),
    amount         NUMERIC(38,8) NOT NULL CHECK (amount > 0),
    refund_key     VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT settlement_receivable_once UNIQUE (refund_key, instructor_id)
);

-- SALE: one instructor's remaining share of one sale, settled once. REVERSAL: one receivable taken
-- back, once. transaction_id is the ledger transaction that moved it.
CREATE TABLE settlement_item (
    id              BIGSERIAL     PRIMARY KEY,
    settlement_id   BIGINT        NOT NULL REFERENCES settlement (id),
    kind            VARCHAR(10)   NOT NULL CHECK (kind IN ('SALE', 'REVERSAL')),
    order_id        BIGINT        NOT NULL REFERENCES purchase_order (id),
    instructor_id   BIGINT        NOT NULL REFERENCES app_user (id),
    receivable_id   BIGINT        REFERENCES settlement_receivable (id),
    amount          NUMERIC(38,8) NOT NULL CHECK (amount >= 0),
    transaction_id  BIGINT        REFERENCES ledger_transaction (id),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT settlement_item_source CHECK ((kind = 'REVERSAL') = (receivable_id IS NOT NULL)),
    CONSTRAINT settlement_item_booked CHECK (amount = 0 OR transaction_id IS NOT NULL)
);
-- (source item, kind): a sale's share per instructor settles once, a receivable reverses once.
CREATE UNIQUE INDEX settlement_item_sale ON settlement_item (order_id, instructor_id) WHERE kind = 'SALE';
CREATE UNIQUE INDEX settlement_item_reversal ON settlement_item (receivable_id) WHERE kind = 'REVERSAL';
CREATE INDEX settlement_item_settlement ON settlement_item (settlement_id, id);
CREATE INDEX settlement_item_transaction ON settlement_item (transaction_id);

-- Items are facts: never changed or deleted.
CREATE TRIGGER settlement_item_no_update BEFORE UPDATE OR DELETE ON settlement_item
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Run guard for batch jobs: a (job, business date) is admitted once while it runs or after it
-- completed, whichever node's timer fires; failed or stopped runs may be admitted again.
CREATE TABLE batch_run (
    job_name       VARCHAR(100)  NOT NULL,
    business_date  DATE          NOT NULL,
    execution_id   BIGINT,
    status         VARCHAR(16)   NOT NULL CHECK (status IN ('STARTING', 'STARTED', 'COMPLETED',
                                                            'FAILED', 'STOPPED', 'ABANDONED')),
    started_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    ended_at       TIMESTAMPTZ,
    node           VARCHAR(200),
    PRIMARY KEY (job_name, business_date)
);
CREATE INDEX batch_run_recent ON batch_run (started_at DESC);
