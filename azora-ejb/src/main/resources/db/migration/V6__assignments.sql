-- Assignments: an ASSIGNMENT lesson's settings and rubric, students' submissions (versions),
-- their files (BYTEA in their own table so lists never load them) and the rubric points a grader gave.

CREATE TABLE assignment_settings (
    lesson_id      BIGINT PRIMARY KEY REFERENCES lesson (id) ON DELETE CASCADE,
    kind           VARCHAR(16)   NOT NULL DEFAULT 'TEXT',
    file_types     VARCHAR(64)   NOT NULL DEFAULT '',
    max_points     NUMERIC(8, 2) NOT NULL,
    passing_points NUMERIC(8, 2) NOT NULL,
    due_at         TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT assignment_kind CHECK (kind IN ('TEXT', 'FILE', 'TEXT_AND_FILE')),
    CONSTRAINT assignment_file_types CHECK (file_types ~ '^((PDF|PNG|JPEG|TXT|ZIP)(,(PDF|PNG|JPEG|TXT|ZIP))*)?$'),
    CONSTRAINT assignment_files_typed CHECK (kind = 'TEXT' OR file_types <> ''),
    CONSTRAINT assignment_points CHECK (max_points > 0 AND passing_points >= 0 AND passing_points <= max_points)
);

CREATE TABLE assignment_criterion (
    id         BIGSERIAL PRIMARY KEY,
    lesson_id  BIGINT        NOT NULL REFERENCES assignment_settings (lesson_id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL CHECK (position >= 0),
    title      VARCHAR(200)  NOT NULL CHECK (length(btrim(title)) > 0),
    max_points NUMERIC(8, 2) NOT NULL CHECK (max_points > 0),
    CONSTRAINT assignment_criterion_position UNIQUE (lesson_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- The settings' max_points is the sum of its criteria, checked when the transaction commits.
CREATE FUNCTION assignment_max_is_rubric_sum() RETURNS trigger AS $$
DECLARE
    l BIGINT := CASE WHEN TG_TABLE_NAME = 'assignment_settings' THEN NEW.lesson_id
                     WHEN TG_OP = 'DELETE' THEN OLD.lesson_id ELSE NEW.lesson_id END;
    total NUMERIC;
    declared NUMERIC;
BEGIN
    SELECT max_points INTO declared FROM assignment_settings WHERE lesson_id = l;
    IF declared IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(sum(max_points), 0) INTO total FROM assignment_criterion WHERE lesson_id = l;
    IF total <> declared THEN
        RAISE EXCEPTION 'assignment % max points % differ from its rubric total %', l, declared, total;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER assignment_settings_max_sum AFTER INSERT OR UPDATE ON assignment_settings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assignment_max_is_rubric_sum();
CREATE CONSTRAINT TRIGGER assignment_criterion_max_sum AFTER INSERT OR UPDATE OR DELETE ON assignment_criterion
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assignment_max_is_rubric_sum();

CREATE TABLE assignment_submission (
    id             BIGSERIAL PRIMARY KEY,
    lesson_id      BIGINT        NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    course_id      BIGINT        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    student_id     BIGINT        NOT NULL REFERENCES app_user (id),
    attempt        INTEGER       NOT NULL CHECK (attempt >= 1),
    status         VARCHAR(16)   NOT NULL,
    body           TEXT,
    file_name      VARCHAR(200),
    file_type      VARCHAR(16),
    file_size      INTEGER,
    submitted_at   TIMESTAMPTZ   NOT NULL,
    late           BOOLEAN       NOT NULL DEFAULT FALSE,
    points         NUMERIC(8, 2),
    max_points     NUMERIC(8, 2),
    passed         BOOLEAN,
    feedback       TEXT,
    graded_by      BIGINT REFERENCES app_user (id),
    graded_at      TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT assignment_submission_attempt UNIQUE (lesson_id, student_id, attempt),
    CONSTRAINT assignment_submission_status CHECK (status IN ('SUBMITTED', 'GRADED')),
    CONSTRAINT assignment_submission_has_work CHECK (body IS NOT NULL OR file_name IS NOT NULL),
    CONSTRAINT assignment_submission_body_size CHECK (body IS NULL OR length(body) <= 100000),
    CONSTRAINT assignment_submission_file_meta CHECK (
        (file_name IS NULL AND file_type IS NULL AND file_size IS NULL)
        OR (file_name IS NOT NULL AND file_type IN ('PDF', 'PNG', 'JPEG', 'TXT', 'ZIP') AND file_size > 0)),
    CONSTRAINT assignment_submission_graded CHECK (
        status <> 'GRADED' OR (points IS NOT NULL AND max_points IS NOT NULL AND passed IS NOT NULL
                               AND graded_by IS NOT NULL AND graded_at IS NOT NULL)),
    CONSTRAINT assignment_submission_points CHECK (points IS NULL OR (points >= 0 AND points <= max_points))
);
-- One submission waits for grading per student and assignment; a resubmission replaces it.
CREATE UNIQUE INDEX assignment_submission_one_pending ON assignment_submission (lesson_id, student_id)
    WHERE status = 'SUBMITTED';
CREATE INDEX assignment_submission_queue ON assignment_submission (course_id, submitted_at)
    WHERE status = 'SUBMITTED';
CREATE INDEX assignment_submission_student ON assignment_submission (student_id, submitted_at DESC);

CREATE TABLE assignment_file (
    submission_id BIGINT PRIMARY KEY REFERENCES assignment_submission (id) ON DELETE CASCADE,
    content_type  VARCHAR(64) NOT NULL,
    data          BYTEA       NOT NULL,
    CONSTRAINT assignment_file_type CHECK (content_type IN
        ('application/pdf', 'image/png', 'image/jpeg', 'text/plain; charset=UTF-8', 'application/zip')),
    -- The configured limit (azora.assignment.max-file-bytes) is checked first; this is the hard ceiling.
    CONSTRAINT assignment_file_size CHECK (octet_length(data) BETWEEN 1 AND 104857600)
);

CREATE TABLE assignment_score (
    submission_id BIGINT        NOT NULL REFERENCES assignment_submission (id) ON DELETE CASCADE,
    criterion_id  BIGINT        NOT NULL REFERENCES assignment_criterion (id) ON DELETE CASCADE,
    points        NUMERIC(8, 2) NOT NULL CHECK (points >= 0),
    PRIMARY KEY (submission_id, criterion_id)
);

-- A criterion's points never exceed its maximum.
CREATE FUNCTION assignment_score_within_max() RETURNS trigger AS $$
BEGIN
    IF NEW.points > (SELECT max_points FROM assignment_criterion WHERE id = NEW.criterion_id) THEN
        RAISE EXCEPTION 'points % exceed the maximum of criterion %', NEW.points, NEW.criterion_id;
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER assignment_score_max BEFORE INSERT OR UPDATE ON assignment_score
    FOR EACH ROW EXECUTE FUNCTION assignment_score_within_max();
