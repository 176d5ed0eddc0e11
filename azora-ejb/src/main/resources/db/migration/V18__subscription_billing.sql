-- Subscription billing leftovers: gap-free invoice numbers from the document counters (SI-2026-000001)
-- instead of the id-based SUB-00000042 (an id is consumed by a rolled-back charge, a number is not),
-- the billing-interval switch (monthly to annual now, annual to monthly at the period end).

-- Invoices issued from now on take their number from document_counter in the issuing transaction;
-- existing numbers stay as they were.
ALTER TABLE subscription_invoice ALTER COLUMN number DROP EXPRESSION;
ALTER TABLE subscription_invoice ALTER COLUMN number SET NOT NULL;
ALTER TABLE subscription_invoice ADD CONSTRAINT subscription_invoice_number_format
    CHECK (number ~ '^(SUB-[0-9]{8}|SI-[0-9]{4}-[0-9]{6,})$');

-- INTERVAL: the switch to annual billing, charged now with the unused month credited.
ALTER TABLE subscription_invoice DROP CONSTRAINT subscription_invoice_kind;
ALTER TABLE subscription_invoice ADD CONSTRAINT subscription_invoice_kind
    CHECK (kind IN ('INITIAL', 'RENEWAL', 'UPGRADE', 'INTERVAL'));

-- A switch to another interval that waits for the current period's end (annual to monthly).
ALTER TABLE subscription ADD COLUMN pending_interval VARCHAR(10);
ALTER TABLE subscription ADD CONSTRAINT subscription_pending_interval
    CHECK (pending_interval IS NULL
           OR (pending_interval IN ('MONTHLY', 'ANNUAL') AND pending_interval <> billing_interval));
