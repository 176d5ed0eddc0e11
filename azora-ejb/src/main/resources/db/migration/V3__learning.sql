-- Learning: enrolments, lesson progress, and a durable record of learning events that later
-- features (tokens, certificates) consume exactly once.

CREATE TABLE enrolment (
    id              BIGSERIAL PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES app_user (id),
    course_id       BIGINT      NOT NULL REFERENCES course (id),
    status          VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    enrolled_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ,
    last_lesson_id  BIGINT REFERENCES lesson (id) ON DELETE SET NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_once UNIQUE (user_id, course_id),
    CONSTRAINT enrolment_status CHECK (status IN ('ACTIVE', 'COMPLETED', 'REVOKED')),
    CONSTRAINT enrolment_completed_has_time CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
CREATE INDEX enrolment_course ON enrolment (course_id);

CREATE TABLE lesson_progress (
    enrolment_id  BIGINT      NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    lesson_id     BIGINT      NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    completed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (enrolment_id, lesson_id)
);

-- One row per business event; the unique key makes recording it twice a no-op.
CREATE TABLE learning_event (
    id          BIGSERIAL PRIMARY KEY,
    type        VARCHAR(32) NOT NULL,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id),
    course_id   BIGINT      NOT NULL REFERENCES course (id),
    lesson_id   BIGINT REFERENCES lesson (id) ON DELETE SET NULL,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    event_key   VARCHAR(120) NOT NULL UNIQUE,
    CONSTRAINT learning_event_type CHECK (type IN ('ENROLMENT_CREATED', 'LESSON_COMPLETED', 'COURSE_COMPLETED'))
);
CREATE INDEX learning_event_user ON learning_event (user_id, occurred_at DESC);
