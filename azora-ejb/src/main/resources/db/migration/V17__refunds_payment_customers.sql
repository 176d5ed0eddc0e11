-- Refunds as their own rows: decided (owed to the buyer, booked into REFUNDS) then paid back by
-- the provider (REFUNDS -> PROVIDER_CLEARING); the provider's refund id is unique, so a refund
-- Azora made that comes back through a webhook is recognised and never booked twice.
-- And the provider customer and saved payment method of a user, so renewals can charge off-session.

CREATE TABLE payment_refund (
    id                    BIGSERIAL PRIMARY KEY,
    order_id              BIGINT         NOT NULL REFERENCES purchase_order (id),
    seq                   INT            NOT NULL,
    amount                NUMERIC(12, 2) NOT NULL,
    currency              VARCHAR(8)     NOT NULL REFERENCES ledger_currency (code),
    provider              VARCHAR(16)    NOT NULL,
    provider_ref          VARCHAR(255),
    origin                VARCHAR(12)    NOT NULL,
    status                VARCHAR(12)    NOT NULL DEFAULT 'OWED',
    failure_message       VARCHAR(500),
    decided_tx_id         BIGINT         NOT NULL REFERENCES ledger_transaction (id),
    paid_back_tx_id       BIGINT REFERENCES ledger_transaction (id),
    created_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    paid_back_at          TIMESTAMPTZ,
    CONSTRAINT payment_refund_once UNIQUE (order_id, seq),
    CONSTRAINT payment_refund_seq CHECK (seq >= 1),
    CONSTRAINT payment_refund_amount CHECK (amount > 0),
    CONSTRAINT payment_refund_origin CHECK (origin IN ('AZORA', 'PROVIDER')),
    CONSTRAINT payment_refund_status CHECK (status IN ('OWED', 'PAID_BACK', 'FAILED')),
    CONSTRAINT payment_refund_paid_back CHECK (
        (status = 'PAID_BACK') = (paid_back_tx_id IS NOT NULL)
        AND (paid_back_tx_id IS NULL) = (paid_back_at IS NULL)),
    CONSTRAINT payment_refund_failed_has_message CHECK (status <> 'FAILED' OR failure_message IS NOT NULL)
);
CREATE UNIQUE INDEX payment_refund_provider_ref ON payment_refund (provider, provider_ref)
    WHERE provider_ref IS NOT NULL;
CREATE INDEX payment_refund_owed ON payment_refund (created_at) WHERE status <> 'PAID_BACK';

-- Refunds booked before this table went straight to provider clearing: paid back when made.
INSERT INTO payment_refund (order_id, seq, amount, currency, provider, provider_ref, origin, status,
                            decided_tx_id, paid_back_tx_id, created_at, paid_back_at)
SELECT d.order_id, d.seq, d.amount, d.currency, o.provider, d.provider_ref, 'AZORA', 'PAID_BACK',
       d.ledger_transaction_id, d.ledger_transaction_id, d.issued_at, d.issued_at
FROM payment_document d JOIN purchase_order o ON o.id = d.order_id
WHERE d.kind = 'CREDIT_NOTE';

CREATE TABLE payment_customer (
    id                  BIGSERIAL PRIMARY KEY,
    user_id             BIGINT       NOT NULL REFERENCES app_user (id),
    provider            VARCHAR(16)  NOT NULL,
    customer_ref        VARCHAR(255) NOT NULL,
    payment_method_ref  VARCHAR(255),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT payment_customer_provider CHECK (provider IN ('stripe')),
    CONSTRAINT payment_customer_refs CHECK (length(btrim(customer_ref)) > 0
        AND (payment_method_ref IS NULL OR length(btrim(payment_method_ref)) > 0)),
    CONSTRAINT payment_customer_once UNIQUE (user_id, provider)
);
