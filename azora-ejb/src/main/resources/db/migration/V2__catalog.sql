-- Course catalog: courses with their instructors, ordered modules and lessons, the review
-- workflow (DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED) and full-text search.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE course (
    id               BIGSERIAL PRIMARY KEY,
    slug             VARCHAR(80)   NOT NULL,
    title            VARCHAR(160)  NOT NULL,
    summary          VARCHAR(500)  NOT NULL DEFAULT '',
    description      TEXT          NOT NULL DEFAULT '',
    category         VARCHAR(60)   NOT NULL,
    level            VARCHAR(16)   NOT NULL DEFAULT 'BEGINNER',
    language         VARCHAR(8)    NOT NULL DEFAULT 'en',
    estimated_hours  NUMERIC(6, 1) NOT NULL DEFAULT 0,
    price            NUMERIC(12, 2) NOT NULL DEFAULT 0,
    currency         CHAR(3)       NOT NULL DEFAULT 'USD',
    status           VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    review_note      VARCHAR(1000),
    demo             BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by       BIGINT        NOT NULL REFERENCES app_user (id),
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    submitted_at     TIMESTAMPTZ,
    published_at     TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0,
    search           TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(category, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(description, '')), 'C')) STORED,
    CONSTRAINT course_slug_unique UNIQUE (slug),
    CONSTRAINT course_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT course_title_present CHECK (length(btrim(title)) > 0),
    CONSTRAINT course_level CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    CONSTRAINT course_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT course_price_non_negative CHECK (price >= 0),
    CONSTRAINT course_hours_non_negative CHECK (estimated_hours >= 0),
    CONSTRAINT course_currency_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT course_published_has_time CHECK (status NOT IN ('PUBLISHED', 'ARCHIVED') OR published_at IS NOT NULL)
);
CREATE INDEX course_search ON course USING GIN (search);
CREATE INDEX course_title_trgm ON course USING GIN (title gin_trgm_ops);
CREATE INDEX course_published ON course (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX course_in_review ON course (submitted_at) WHERE status = 'IN_REVIEW';

CREATE TABLE course_instructor (
    course_id BIGINT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX course_instructor_user ON course_instructor (user_id);

CREATE TABLE course_module (
    id        BIGSERIAL PRIMARY KEY,
    course_id BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL CHECK (position >= 0),
    title     VARCHAR(160) NOT NULL CHECK (length(btrim(title)) > 0),
    CONSTRAINT course_module_position UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE lesson (
    id               BIGSERIAL PRIMARY KEY,
    module_id        BIGINT       NOT NULL REFERENCES course_module (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL CHECK (position >= 0),
    title            VARCHAR(160) NOT NULL CHECK (length(btrim(title)) > 0),
    type             VARCHAR(16)  NOT NULL,
    content          TEXT         NOT NULL DEFAULT '',
    video_url        VARCHAR(500),
    duration_minutes INTEGER      NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    required         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT lesson_type CHECK (type IN ('VIDEO', 'READING', 'QUIZ', 'ASSIGNMENT')),
    CONSTRAINT lesson_video_has_url CHECK (type <> 'VIDEO' OR video_url IS NOT NULL),
    CONSTRAINT lesson_position UNIQUE (module_id, position) DEFERRABLE INITIALLY DEFERRED
);
