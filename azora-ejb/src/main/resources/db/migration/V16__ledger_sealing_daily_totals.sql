-- Transactions join the hash chain after they commit instead of while they commit.
-- Until V16 every posting locked the one chain head until its commit, so all postings of the
-- platform queued behind each other. Now a posting is booked unsealed (no hashes); a sealer
-- then gives committed transactions, in one pass, their place in the chain (chain_seq), the
-- previous hash and their own. Content stays immutable from the moment it is booked; only the
-- three sealing columns may be set, once, from empty.

ALTER TABLE ledger_transaction ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE ledger_transaction ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE ledger_transaction ADD COLUMN chain_seq BIGINT;

-- Before V16 the chain ran in id order; that order is kept as the sealing order of old rows.
ALTER TABLE ledger_transaction DISABLE TRIGGER ledger_transaction_append_only;
UPDATE ledger_transaction SET chain_seq = id;
ALTER TABLE ledger_transaction ENABLE TRIGGER ledger_transaction_append_only;

ALTER TABLE ledger_transaction ADD CONSTRAINT ledger_transaction_seq UNIQUE (chain_seq);
ALTER TABLE ledger_transaction ADD CONSTRAINT ledger_transaction_sealed_whole CHECK (
    (prev_hash IS NULL AND hash IS NULL AND chain_seq IS NULL)
    OR (prev_hash IS NOT NULL AND hash IS NOT NULL AND chain_seq IS NOT NULL));
CREATE INDEX ledger_transaction_unsealed ON ledger_transaction (id) WHERE chain_seq IS NULL;

ALTER TABLE ledger_chain ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;
UPDATE ledger_chain SET last_seq = COALESCE((SELECT max(chain_seq) FROM ledger_transaction), 0);

-- Append-only, except that an unsealed row may be sealed once.
CREATE FUNCTION ledger_transaction_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND NEW.id = OLD.id AND NEW.type = OLD.type AND NEW.description = OLD.description
       AND NEW.metadata = OLD.metadata AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
       AND NEW.idempotency_key = OLD.idempotency_key AND NEW.fingerprint = OLD.fingerprint
       AND NEW.reverses_id IS NOT DISTINCT FROM OLD.reverses_id
       AND NEW.created_at = OLD.created_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER ledger_transaction_append_only ON ledger_transaction;
CREATE TRIGGER ledger_transaction_append_only BEFORE UPDATE OR DELETE ON ledger_transaction
    FOR EACH ROW EXECUTE FUNCTION ledger_transaction_guard();

-- Running totals per user, rule and UTC day, so a daily limit is one locked row instead of a
-- sum over the day's entries (the daily transfer limit).
CREATE TABLE token_daily_total (
    user_id  BIGINT        NOT NULL REFERENCES app_user (id),
    kind     VARCHAR(16)   NOT NULL CHECK (kind IN ('TRANSFER')),
    day      DATE          NOT NULL,
    amount   NUMERIC(38,8) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (user_id, kind, day)
);

-- Today's (and yesterday's, for the day boundary) totals so far.
INSERT INTO token_daily_total (user_id, kind, day, amount)
SELECT a.owner_id, 'TRANSFER', (t.created_at AT TIME ZONE 'UTC')::date, -sum(e.amount)
FROM ledger_entry e
JOIN ledger_transaction t ON t.id = e.transaction_id
JOIN ledger_account a ON a.id = e.account_id
WHERE t.type = 'TRANSFER' AND e.amount < 0 AND a.kind = 'USER_WALLET' AND a.currency = 'AZR'
  AND t.created_at >= (now() AT TIME ZONE 'UTC')::date - 1
GROUP BY 1, 3;
