-- Assessment, quizzes: a question bank per course, quiz settings per QUIZ lesson with an ordered
-- pick of bank questions, and attempts with their per-attempt question/option order and answers.

CREATE TABLE question (
    id           BIGSERIAL PRIMARY KEY,
    course_id    BIGINT        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    type         VARCHAR(16)   NOT NULL,
    prompt       TEXT          NOT NULL,
    points       NUMERIC(6, 2) NOT NULL,
    explanation  TEXT          NOT NULL DEFAULT '',
    pattern      VARCHAR(200),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT question_type CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'ESSAY')),
    CONSTRAINT question_prompt_present CHECK (length(btrim(prompt)) > 0 AND length(prompt) <= 5000),
    CONSTRAINT question_points_range CHECK (points > 0 AND points <= 1000),
    CONSTRAINT question_pattern_short_answer CHECK (pattern IS NULL OR type = 'SHORT_ANSWER')
);
CREATE INDEX question_course ON question (course_id, id);

-- Options of choice questions, in authored order; answers refer to them by position.
CREATE TABLE question_option (
    question_id BIGINT       NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL CHECK (position >= 0 AND position < 20),
    text        VARCHAR(500) NOT NULL CHECK (length(btrim(text)) > 0),
    correct     BOOLEAN      NOT NULL,
    CONSTRAINT question_option_position UNIQUE (question_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- Accepted answers of short-answer questions (compared after trim and case-folding).
CREATE TABLE question_accepted_answer (
    question_id BIGINT       NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL CHECK (position >= 0 AND position < 20),
    answer      VARCHAR(200) NOT NULL CHECK (length(btrim(answer)) > 0),
    CONSTRAINT question_accepted_answer_position UNIQUE (question_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE quiz (
    lesson_id           BIGINT        PRIMARY KEY REFERENCES lesson (id) ON DELETE CASCADE,
    passing_percent     NUMERIC(5, 2) NOT NULL DEFAULT 60,
    attempts_allowed    INTEGER       NOT NULL DEFAULT 3,
    time_limit_minutes  INTEGER,
    shuffle_questions   BOOLEAN       NOT NULL DEFAULT FALSE,
    shuffle_options     BOOLEAN       NOT NULL DEFAULT FALSE,
    show_answers        VARCHAR(24)   NOT NULL DEFAULT 'AFTER_SUBMISSION',
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT quiz_passing_range CHECK (passing_percent BETWEEN 0 AND 100),
    CONSTRAINT quiz_attempts_range CHECK (attempts_allowed BETWEEN 1 AND 100),
    CONSTRAINT quiz_time_limit_range CHECK (time_limit_minutes IS NULL OR time_limit_minutes BETWEEN 1 AND 600),
    CONSTRAINT quiz_show_answers CHECK (show_answers IN ('AFTER_SUBMISSION', 'AFTER_LAST_ATTEMPT'))
);

-- Every QUIZ lesson has its settings row, however the lesson was created (editor, seeding).
CREATE FUNCTION lesson_quiz_settings() RETURNS trigger AS $$
BEGIN
    IF NEW.type = 'QUIZ' THEN
        INSERT INTO quiz (lesson_id) VALUES (NEW.id) ON CONFLICT (lesson_id) DO NOTHING;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER lesson_quiz_settings AFTER INSERT ON lesson
    FOR EACH ROW EXECUTE FUNCTION lesson_quiz_settings();
INSERT INTO quiz (lesson_id) SELECT id FROM lesson WHERE type = 'QUIZ' ON CONFLICT DO NOTHING;

CREATE TABLE quiz_question (
    quiz_id     BIGINT  NOT NULL REFERENCES quiz (lesson_id) ON DELETE CASCADE,
    question_id BIGINT  NOT NULL REFERENCES question (id),
    position    INTEGER NOT NULL CHECK (position >= 0),
    CONSTRAINT quiz_question_once UNIQUE (quiz_id, question_id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT quiz_question_position UNIQUE (quiz_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX quiz_question_question ON quiz_question (question_id);

-- A quiz picks questions from its own course's bank only.
CREATE FUNCTION quiz_question_same_course() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM question q
          JOIN course_module m ON m.course_id = q.course_id
          JOIN lesson l ON l.module_id = m.id
         WHERE q.id = NEW.question_id AND l.id = NEW.quiz_id) THEN
        RAISE EXCEPTION 'question % is not in the bank of the course of quiz %', NEW.question_id, NEW.quiz_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER quiz_question_same_course BEFORE INSERT OR UPDATE ON quiz_question
    FOR EACH ROW EXECUTE FUNCTION quiz_question_same_course();

CREATE TABLE quiz_attempt (
    id             BIGSERIAL PRIMARY KEY,
    quiz_id        BIGINT        NOT NULL REFERENCES quiz (lesson_id) ON DELETE CASCADE,
    user_id        BIGINT        NOT NULL REFERENCES app_user (id),
    number         INTEGER       NOT NULL CHECK (number >= 1),
    status         VARCHAR(16)   NOT NULL DEFAULT 'IN_PROGRESS',
    started_at     TIMESTAMPTZ   NOT NULL,
    deadline       TIMESTAMPTZ,
    submitted_at   TIMESTAMPTZ,
    late           BOOLEAN       NOT NULL DEFAULT FALSE,
    score          NUMERIC(9, 2),
    max_score      NUMERIC(9, 2) NOT NULL CHECK (max_score > 0),
    score_percent  NUMERIC(5, 2),
    passing_percent NUMERIC(5, 2) NOT NULL CHECK (passing_percent BETWEEN 0 AND 100),
    passed         BOOLEAN,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT quiz_attempt_number_once UNIQUE (quiz_id, user_id, number),
    CONSTRAINT quiz_attempt_status CHECK (status IN ('IN_PROGRESS', 'PENDING_REVIEW', 'GRADED')),
    CONSTRAINT quiz_attempt_submitted CHECK ((status = 'IN_PROGRESS') = (submitted_at IS NULL)),
    CONSTRAINT quiz_attempt_graded CHECK (
        status <> 'GRADED' OR (score IS NOT NULL AND score_percent IS NOT NULL AND passed IS NOT NULL)),
    CONSTRAINT quiz_attempt_score_range CHECK (score IS NULL OR score BETWEEN 0 AND max_score),
    CONSTRAINT quiz_attempt_percent_range CHECK (score_percent IS NULL OR score_percent BETWEEN 0 AND 100),
    CONSTRAINT quiz_attempt_deadline_after_start CHECK (deadline IS NULL OR deadline > started_at)
);
-- At most one attempt in progress per student and quiz.
CREATE UNIQUE INDEX quiz_attempt_one_open ON quiz_attempt (quiz_id, user_id) WHERE status = 'IN_PROGRESS';
CREATE INDEX quiz_attempt_user ON quiz_attempt (user_id, started_at DESC);

-- The attempt number stays within the quiz's allowance (with the unique number: at most that many).
CREATE FUNCTION quiz_attempt_within_allowance() RETURNS trigger AS $$
BEGIN
    IF NEW.number > (SELECT attempts_allowed FROM quiz WHERE lesson_id = NEW.quiz_id) THEN
        RAISE EXCEPTION 'attempt % exceeds the attempts allowed for quiz %', NEW.number, NEW.quiz_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER quiz_attempt_within_allowance BEFORE INSERT ON quiz_attempt
    FOR EACH ROW EXECUTE FUNCTION quiz_attempt_within_allowance();

-- One row per question of an attempt, created at start in the order shown (position) with the
-- shown option order; the response and points are filled at submission or by a grader.
CREATE TABLE attempt_answer (
    id               BIGSERIAL PRIMARY KEY,
    attempt_id       BIGINT        NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    question_id      BIGINT        NOT NULL REFERENCES question (id),
    position         INTEGER       NOT NULL CHECK (position >= 0),
    option_order     VARCHAR(100)  NOT NULL DEFAULT '',
    max_points       NUMERIC(6, 2) NOT NULL CHECK (max_points > 0),
    selected_options VARCHAR(100),
    text_answer      TEXT CHECK (text_answer IS NULL OR length(text_answer) <= 20000),
    points           NUMERIC(6, 2),
    needs_review     BOOLEAN       NOT NULL DEFAULT FALSE,
    feedback         VARCHAR(4000),
    graded_by        BIGINT REFERENCES app_user (id),
    graded_at        TIMESTAMPTZ,
    CONSTRAINT attempt_answer_question_once UNIQUE (attempt_id, question_id),
    CONSTRAINT attempt_answer_position UNIQUE (attempt_id, position),
    CONSTRAINT attempt_answer_points_range CHECK (points IS NULL OR points BETWEEN 0 AND max_points),
    CONSTRAINT attempt_answer_review_unscored CHECK (NOT needs_review OR points IS NULL)
);
CREATE INDEX attempt_answer_review ON attempt_answer (attempt_id) WHERE needs_review;
CREATE INDEX attempt_answer_question ON attempt_answer (question_id);
