-- RECEIVABLES: what instructors owe back when a sale whose share was already settled is refunded.
-- The refund takes the instructor's part from here (the balance goes below zero by what is owed),
-- and the next settlement run brings it back from the instructor's available balance. REFUNDS keeps
-- one meaning: what buyers are owed until the provider has returned the money.
ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind;
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind CHECK (kind IN ('USER_WALLET',
    'INSTRUCTOR_PENDING', 'INSTRUCTOR_AVAILABLE', 'TREASURY', 'BURN', 'TOKEN_REVENUE',
    'PLATFORM_REVENUE', 'ESCROW', 'PROVIDER_CLEARING', 'REFUNDS', 'PAYOUTS', 'RECEIVABLES'));
