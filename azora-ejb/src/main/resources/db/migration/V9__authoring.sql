-- Course authoring and access rules: thumbnails, archived courses, prerequisites between courses,
-- modules locked until the previous one is completed, and bounded time spent per lesson.

-- One thumbnail per course, kept in PostgreSQL so every cluster node serves the same bytes; its
-- SHA-256 is the HTTP entity tag.
CREATE TABLE course_thumbnail (
    course_id    BIGINT PRIMARY KEY REFERENCES course (id) ON DELETE CASCADE,
    content_type VARCHAR(32) NOT NULL,
    data         BYTEA       NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT course_thumbnail_type CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
    CONSTRAINT course_thumbnail_size CHECK (octet_length(data) BETWEEN 1 AND 1048576),
    CONSTRAINT course_thumbnail_sha CHECK (sha256 ~ '^[0-9a-f]{64}$')
);

ALTER TABLE course ADD COLUMN archived_at TIMESTAMPTZ;
ALTER TABLE course ADD CONSTRAINT course_archived_has_time
    CHECK ((status = 'ARCHIVED') = (archived_at IS NOT NULL));

-- A course can require other courses to be completed first; never itself, never in a cycle.
CREATE TABLE course_prerequisite (
    course_id          BIGINT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    required_course_id BIGINT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    PRIMARY KEY (course_id, required_course_id),
    CONSTRAINT course_prerequisite_not_self CHECK (course_id <> required_course_id)
);
CREATE INDEX course_prerequisite_required ON course_prerequisite (required_course_id);

CREATE FUNCTION course_prerequisite_no_cycle() RETURNS trigger AS $$
BEGIN
    -- Serialise prerequisite changes so two concurrent inserts cannot close a cycle together.
    PERFORM pg_advisory_xact_lock(hashtext('course_prerequisite'));
    IF EXISTS (
        WITH RECURSIVE reach(id) AS (
            SELECT required_course_id FROM course_prerequisite WHERE course_id = NEW.required_course_id
            UNION
            SELECT p.required_course_id FROM course_prerequisite p JOIN reach r ON p.course_id = r.id)
        SELECT 1 FROM reach WHERE id = NEW.course_id) THEN
        RAISE EXCEPTION 'course % cannot require course %: that would be a cycle',
            NEW.course_id, NEW.required_course_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER course_prerequisite_no_cycle
    BEFORE INSERT OR UPDATE ON course_prerequisite
    FOR EACH ROW EXECUTE FUNCTION course_prerequisite_no_cycle();

-- A locked module opens once every required lesson of the module before it is completed.
ALTER TABLE course_module ADD COLUMN locked BOOLEAN NOT NULL DEFAULT FALSE;

-- Time spent per (enrolment, lesson), credited by heartbeats and bounded by the server: the last
-- beat it saw, and what it credited on that day (capped per lesson and day).
CREATE TABLE lesson_time (
    enrolment_id  BIGINT      NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    lesson_id     BIGINT      NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    seconds       BIGINT      NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    last_beat_at  TIMESTAMPTZ,
    day           DATE,
    day_seconds   INTEGER     NOT NULL DEFAULT 0 CHECK (day_seconds BETWEEN 0 AND 14400),
    PRIMARY KEY (enrolment_id, lesson_id)
);
