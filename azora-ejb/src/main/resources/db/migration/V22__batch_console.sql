-- Batch admin console (issue 5): a guarded run's progress (items done of the items counted when it
-- started) for the console's progress bar, and why an admin abandoned an execution.

ALTER TABLE batch_run
    ADD COLUMN items_total BIGINT CHECK (items_total >= 0),
    ADD COLUMN items_done  BIGINT NOT NULL DEFAULT 0 CHECK (items_done >= 0);

-- One row per abandoned execution: the batch runtime keeps no reason, the console must show one.
CREATE TABLE batch_abandon (
    execution_id  BIGINT        PRIMARY KEY,
    job_name      VARCHAR(100)  NOT NULL,
    reason        VARCHAR(500)  NOT NULL CHECK (length(btrim(reason)) >= 3),
    abandoned_by  BIGINT        NOT NULL REFERENCES app_user (id),
    abandoned_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
