-- Batch watchdog (issue 5): every server JVM ("node life") beats here every 15 s; a run whose
-- owning life stopped beating for 60 s is taken over: its execution is marked FAILED and restarted
-- from its last checkpoint on a live node. A life is instance@host#start-id, so an instance that
-- restarts under the same name is a new life and its previous life's runs are recognised as dead.

CREATE TABLE node_heartbeat (
    node        VARCHAR(200) PRIMARY KEY,
    instance    VARCHAR(200) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    beat_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT node_heartbeat_order CHECK (beat_at >= started_at)
);

-- The life that owns a run (started it, or took it over); null for runs from before V23.
ALTER TABLE batch_run
    ADD COLUMN node_life       VARCHAR(200),
    ADD COLUMN takeovers       INT          NOT NULL DEFAULT 0 CHECK (takeovers >= 0),
    ADD COLUMN taken_over_at   TIMESTAMPTZ,
    ADD COLUMN taken_over_from VARCHAR(200),
    ADD CONSTRAINT batch_run_takeover_known CHECK ((takeovers = 0) = (taken_over_at IS NULL));
CREATE INDEX batch_run_running ON batch_run (node_life) WHERE status IN ('STARTING', 'STARTED');

-- Every takeover, for the admin console and the drill: which dead life and execution, which live
-- life and new execution (null when the run had no execution yet and was only marked FAILED).
CREATE TABLE batch_takeover (
    id                 BIGSERIAL    PRIMARY KEY,
    job_name           VARCHAR(100) NOT NULL,
    business_date      DATE         NOT NULL,
    dead_node          VARCHAR(200) NOT NULL,
    dead_execution_id  BIGINT,
    live_node          VARCHAR(200) NOT NULL,
    new_execution_id   BIGINT,
    outcome            VARCHAR(16)  NOT NULL CHECK (outcome IN ('RESTARTED', 'FAILED')),
    detail             VARCHAR(500),
    taken_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT batch_takeover_restarted CHECK ((outcome = 'RESTARTED') = (new_execution_id IS NOT NULL)),
    FOREIGN KEY (job_name, business_date) REFERENCES batch_run (job_name, business_date)
);
CREATE INDEX batch_takeover_run ON batch_takeover (job_name, business_date, taken_at);

CREATE TRIGGER batch_takeover_no_update BEFORE UPDATE OR DELETE ON batch_takeover
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
