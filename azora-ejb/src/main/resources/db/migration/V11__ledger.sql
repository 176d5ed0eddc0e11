-- The ledger: one double-entry book for every balance. Accounts cache their balance; transactions
-- and entries are append-only and chained by SHA-256; every transaction balances per currency.

CREATE TABLE ledger_currency (
    code   VARCHAR(8)   PRIMARY KEY,
    scale  SMALLINT     NOT NULL CHECK (scale BETWEEN 0 AND 8),
    label  VARCHAR(60)  NOT NULL
);
INSERT INTO ledger_currency (code, scale, label) VALUES
    ('AZR', 2, 'Azora token'), ('USD', 2, 'US dollar'), ('EUR', 2, 'Euro'),
    ('GBP', 2, 'Pound sterling'), ('ZAR', 2, 'South African rand');

CREATE TABLE ledger_account (
    id          BIGSERIAL     PRIMARY KEY,
    kind        VARCHAR(32)   NOT NULL,
    owner_id    BIGINT        REFERENCES app_user (id),
    currency    VARCHAR(8)    NOT NULL REFERENCES ledger_currency (code),
    balance     NUMERIC(38,8) NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT ledger_account_kind CHECK (kind IN ('USER_WALLET', 'INSTRUCTOR_PENDING',
        'INSTRUCTOR_AVAILABLE', 'TREASURY', 'BURN', 'TOKEN_REVENUE', 'PLATFORM_REVENUE', 'ESCROW',
        'PROVIDER_CLEARING', 'REFUNDS', 'PAYOUTS')),
    -- Owned kinds have an owner, system kinds none.
    CONSTRAINT ledger_account_owner CHECK (
        (kind IN ('USER_WALLET', 'INSTRUCTOR_PENDING', 'INSTRUCTOR_AVAILABLE')) = (owner_id IS NOT NULL)),
    -- A user's account never goes negative.
    CONSTRAINT ledger_account_not_negative CHECK (owner_id IS NULL OR balance >= 0),
    CONSTRAINT ledger_account_id_currency UNIQUE (id, currency)
);
CREATE UNIQUE INDEX ledger_account_identity ON ledger_account (kind, COALESCE(owner_id, 0), currency);
CREATE INDEX ledger_account_owner_idx ON ledger_account (owner_id) WHERE owner_id IS NOT NULL;

-- Only the balance (and its timestamp) of an account ever changes; accounts are never deleted.
CREATE FUNCTION ledger_account_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind <> OLD.kind OR NEW.owner_id IS DISTINCT FROM OLD.owner_id
       OR NEW.currency <> OLD.currency OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'ledger account % identity is immutable', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ledger_account_immutable BEFORE UPDATE ON ledger_account
    FOR EACH ROW EXECUTE FUNCTION ledger_account_guard();
CREATE TRIGGER ledger_account_no_delete BEFORE DELETE ON ledger_account
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER ledger_account_no_truncate BEFORE TRUNCATE ON ledger_account
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

CREATE TABLE ledger_transaction (
    id               BIGSERIAL     PRIMARY KEY,
    type             VARCHAR(40)   NOT NULL CHECK (type ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    description      VARCHAR(500)  NOT NULL CHECK (length(btrim(description)) > 0),
    metadata         TEXT          NOT NULL DEFAULT '{}' CHECK (metadata::jsonb IS NOT NULL),
    actor_id         BIGINT        REFERENCES app_user (id),
    idempotency_key  VARCHAR(200)  NOT NULL,
    fingerprint      TEXT          NOT NULL,
    reverses_id      BIGINT        REFERENCES ledger_transaction (id),
    created_at       TIMESTAMPTZ   NOT NULL,
    prev_hash        CHAR(64)      NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash             CHAR(64)      NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ledger_transaction_key UNIQUE (idempotency_key),
    CONSTRAINT ledger_transaction_hash UNIQUE (hash),
    CONSTRAINT ledger_transaction_chain UNIQUE (prev_hash)
);
CREATE INDEX ledger_transaction_time ON ledger_transaction (created_at DESC, id DESC);
CREATE INDEX ledger_transaction_type ON ledger_transaction (type, id DESC);
CREATE INDEX ledger_transaction_actor ON ledger_transaction (actor_id, id DESC) WHERE actor_id IS NOT NULL;
CREATE INDEX ledger_transaction_reverses ON ledger_transaction (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TABLE ledger_entry (
    id              BIGSERIAL     PRIMARY KEY,
    transaction_id  BIGINT        NOT NULL REFERENCES ledger_transaction (id),
    account_id      BIGINT        NOT NULL,
    currency        VARCHAR(8)    NOT NULL,
    amount          NUMERIC(38,8) NOT NULL CHECK (amount <> 0),
    balance_after   NUMERIC(38,8) NOT NULL,
    -- The entry's currency is its account's currency.
    CONSTRAINT ledger_entry_account FOREIGN KEY (account_id, currency)
        REFERENCES ledger_account (id, currency),
    CONSTRAINT ledger_entry_once UNIQUE (transaction_id, account_id)
);
CREATE INDEX ledger_entry_account_idx ON ledger_entry (account_id, id DESC);

-- Amounts carry no more digits than their currency declares.
CREATE FUNCTION ledger_entry_scale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s SMALLINT;
BEGIN
    SELECT scale INTO s FROM ledger_currency WHERE code = NEW.currency;
    IF NEW.amount <> round(NEW.amount, s) THEN
        RAISE EXCEPTION 'amount % has more than % decimals for %', NEW.amount, s, NEW.currency;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ledger_entry_scale_check BEFORE INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_scale();

-- At commit, every transaction touched has at least two entries summing to zero per currency.
CREATE FUNCTION ledger_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n INT;
    bad VARCHAR(8);
BEGIN
    SELECT count(*) INTO n FROM ledger_entry WHERE transaction_id = NEW.transaction_id;
    IF n < 2 THEN
        RAISE EXCEPTION 'ledger transaction % has % entries; at least two needed', NEW.transaction_id, n
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT currency INTO bad FROM ledger_entry WHERE transaction_id = NEW.transaction_id
        GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'ledger transaction % does not balance in %', NEW.transaction_id, bad
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_entry_balanced_check AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_balanced();

-- Booked means booked: corrections are reversing transactions.
CREATE TRIGGER ledger_transaction_append_only BEFORE UPDATE OR DELETE ON ledger_transaction
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER ledger_transaction_no_truncate BEFORE TRUNCATE ON ledger_transaction
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The head of the hash chain; posting locks it last, so transactions join the chain one by one.
CREATE TABLE ledger_chain (
    id                   SMALLINT  PRIMARY KEY CHECK (id = 1),
    last_transaction_id  BIGINT    REFERENCES ledger_transaction (id),
    last_hash            CHAR(64)  NOT NULL
);
INSERT INTO ledger_chain (id, last_transaction_id, last_hash) VALUES (1, NULL, repeat('0', 64));

-- Results of the invariant checker and chain verification (admin page, nightly audit).
CREATE TABLE ledger_audit_run (
    id           BIGSERIAL     PRIMARY KEY,
    started_at   TIMESTAMPTZ   NOT NULL,
    finished_at  TIMESTAMPTZ   NOT NULL,
    actor_id     BIGINT        REFERENCES app_user (id),
    passed       BOOLEAN       NOT NULL,
    report       TEXT          NOT NULL
);
CREATE INDEX ledger_audit_run_time ON ledger_audit_run (started_at DESC);
