-- Identity and access: users, roles, role requests, one-time tokens, 2FA, sessions, API tokens,
-- login throttling, the append-only security audit log and the mail outbox.

CREATE TABLE app_user (
    id                  BIGSERIAL PRIMARY KEY,
    email               VARCHAR(254) NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    status              VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    email_verified_at   TIMESTAMPTZ,
    bio                 VARCHAR(2000),
    location            VARCHAR(120),
    time_zone           VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    demo                BOOLEAN      NOT NULL DEFAULT FALSE,
    totp_secret         VARCHAR(64),
    totp_enabled        BOOLEAN      NOT NULL DEFAULT FALSE,
    totp_last_step      BIGINT,
    password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_email_unique UNIQUE (email),
    CONSTRAINT app_user_email_lower CHECK (email = lower(email) AND position('@' in email) > 1),
    CONSTRAINT app_user_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT app_user_name_present CHECK (length(btrim(display_name)) > 0),
    CONSTRAINT app_user_totp_needs_secret CHECK (NOT totp_enabled OR totp_secret IS NOT NULL)
);

CREATE TABLE user_role (
    user_id    BIGINT      NOT NULL REFERENCES app_user (id),
    role       VARCHAR(16) NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_known CHECK (role IN ('STUDENT', 'EDUCATOR', 'EMPLOYER', 'ADMIN'))
);

CREATE TABLE role_request (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    role         VARCHAR(16)  NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    motivation   VARCHAR(1000),
    decision_note VARCHAR(1000),
    requested_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    decided_at   TIMESTAMPTZ,
    decided_by   BIGINT REFERENCES app_user (id),
    CONSTRAINT role_request_role CHECK (role IN ('EDUCATOR', 'EMPLOYER')),
    CONSTRAINT role_request_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT role_request_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX role_request_one_pending ON role_request (user_id, role) WHERE status = 'PENDING';
CREATE INDEX role_request_pending ON role_request (requested_at) WHERE status = 'PENDING';

-- Single-use links (email verification, password reset); only a SHA-256 of the token is stored.
CREATE TABLE one_time_token (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES app_user (id),
    purpose    VARCHAR(24) NOT NULL,
    token_hash CHAR(64)    NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    CONSTRAINT one_time_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'LOGIN_CHALLENGE', 'LOGIN_GRANT'))
);
CREATE INDEX one_time_token_user ON one_time_token (user_id, purpose);

CREATE TABLE recovery_code (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES app_user (id),
    code_hash  CHAR(64)    NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    used_at    TIMESTAMPTZ,
    CONSTRAINT recovery_code_unique UNIQUE (user_id, code_hash)
);

CREATE TABLE login_throttle (
    throttle_key    VARCHAR(300) PRIMARY KEY,
    failures        INTEGER     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until    TIMESTAMPTZ,
    last_failure_at TIMESTAMPTZ
);

-- Signed-in browser sessions, so that logout elsewhere, disabling a user and password changes end
-- sessions on every node of a cluster.
CREATE TABLE user_session (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    session_hash CHAR(64)     NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    ip           VARCHAR(64),
    user_agent   VARCHAR(300),
    ended_at     TIMESTAMPTZ,
    end_reason   VARCHAR(32)
);
CREATE INDEX user_session_active ON user_session (user_id) WHERE ended_at IS NULL;

-- API refresh tokens rotate on every use; a reused one revokes its whole family.
CREATE TABLE refresh_token (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id),
    family_id   UUID        NOT NULL,
    token_hash  CHAR(64)    NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    rotated_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);

CREATE TABLE user_avatar (
    user_id      BIGINT PRIMARY KEY REFERENCES app_user (id),
    content_type VARCHAR(32) NOT NULL,
    data         BYTEA       NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT user_avatar_type CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    CONSTRAINT user_avatar_size CHECK (octet_length(data) BETWEEN 1 AND 5242880)
);

CREATE TABLE security_event (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    type        VARCHAR(40)  NOT NULL,
    user_id     BIGINT REFERENCES app_user (id),
    actor_id    BIGINT REFERENCES app_user (id),
    subject     VARCHAR(254),
    ip          VARCHAR(64),
    detail      VARCHAR(1000)
);
CREATE INDEX security_event_user ON security_event (user_id, occurred_at DESC);
CREATE INDEX security_event_time ON security_event (occurred_at DESC);

-- The audit log is append-only: the database itself refuses changes.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER security_event_append_only BEFORE UPDATE OR DELETE ON security_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER security_event_no_truncate BEFORE TRUNCATE ON security_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- Transactional outbox: written in the business transaction, delivered after commit with retries.
CREATE TABLE outbox_message (
    id              BIGSERIAL PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            TEXT          NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    status          VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    attempts        INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    CONSTRAINT outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT outbox_sent_has_time CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX outbox_due ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_recipient ON outbox_message (recipient, created_at DESC);

-- Secrets the application generates once and every cluster node shares (e.g. the API signing key).
CREATE TABLE app_secret (
    name       VARCHAR(64) PRIMARY KEY,
    value      VARCHAR(512) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
