-- The balance check ran in full for every entry at commit: a transaction of n entries read its n
-- entries n times, which made large postings (a settlement chunk) quadratic. Now only the entry of
-- the transaction's greatest account does the full check; the others skip it when that entry was
-- written by the same (sub)transaction, which found with the (transaction_id, account_id) unique
-- index costs one index probe. An entry added later by another transaction to an already booked
-- transaction is still checked in full, as before.
CREATE OR REPLACE FUNCTION ledger_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n INT;
    bad VARCHAR(8);
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_entry e
               WHERE e.transaction_id = NEW.transaction_id AND e.account_id > NEW.account_id
                 AND e.xmin = (SELECT x.xmin FROM ledger_entry x WHERE x.id = NEW.id)) THEN
        RETURN NULL;
    END IF;
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
