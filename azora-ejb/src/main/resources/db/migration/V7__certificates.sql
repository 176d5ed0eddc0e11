-- Certificates of completion: one per learner and course, issued in the transaction that completes
-- the course. The canonical content is stored as text with its SHA-256, both immutable; only the
-- revocation fields may change, once.

CREATE TABLE certificate (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(19)  NOT NULL,
    user_id         BIGINT       NOT NULL REFERENCES app_user (id),
    course_id       BIGINT       NOT NULL REFERENCES course (id),
    content         TEXT         NOT NULL,
    content_sha256  CHAR(64)     NOT NULL,
    completed_at    TIMESTAMPTZ  NOT NULL,
    issued_at       TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(16)  NOT NULL DEFAULT 'VALID',
    revoked_at      TIMESTAMPTZ,
    revoked_reason  VARCHAR(500),
    revoked_by      BIGINT REFERENCES app_user (id),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT certificate_code_unique UNIQUE (code),
    CONSTRAINT certificate_once UNIQUE (user_id, course_id),
    CONSTRAINT certificate_code_format CHECK (code ~ '^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$'),
    CONSTRAINT certificate_hash_format CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT certificate_status CHECK (status IN ('VALID', 'REVOKED')),
    CONSTRAINT certificate_revocation CHECK (
        (status = 'VALID' AND revoked_at IS NULL AND revoked_reason IS NULL AND revoked_by IS NULL)
        OR (status = 'REVOKED' AND revoked_at IS NOT NULL AND revoked_by IS NOT NULL
            AND length(btrim(revoked_reason)) > 0))
);
CREATE INDEX certificate_course ON certificate (course_id);
CREATE INDEX certificate_issued ON certificate (issued_at DESC, id DESC);

-- What was issued never changes, and a revocation is final.
CREATE FUNCTION certificate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.code <> OLD.code OR NEW.user_id <> OLD.user_id OR NEW.course_id <> OLD.course_id
       OR NEW.content <> OLD.content OR NEW.content_sha256 <> OLD.content_sha256
       OR NEW.completed_at <> OLD.completed_at OR NEW.issued_at <> OLD.issued_at THEN
        RAISE EXCEPTION 'certificate % content is immutable', OLD.code;
    END IF;
    IF OLD.status = 'REVOKED' AND (NEW.status <> 'REVOKED' OR NEW.revoked_at <> OLD.revoked_at
       OR NEW.revoked_reason <> OLD.revoked_reason OR NEW.revoked_by <> OLD.revoked_by) THEN
        RAISE EXCEPTION 'certificate % was revoked; a revocation is final', OLD.code;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER certificate_immutable BEFORE UPDATE ON certificate
    FOR EACH ROW EXECUTE FUNCTION certificate_guard();
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
