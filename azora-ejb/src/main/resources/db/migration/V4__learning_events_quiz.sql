-- Assessment results join the learning events: a passed quiz is recorded once with its score, so
-- rewards can be banded by score.

ALTER TABLE learning_event DROP CONSTRAINT learning_event_type;
ALTER TABLE learning_event ADD CONSTRAINT learning_event_type
    CHECK (type IN ('ENROLMENT_CREATED', 'LESSON_COMPLETED', 'QUIZ_PASSED', 'COURSE_COMPLETED'));
ALTER TABLE learning_event ADD COLUMN score_percent NUMERIC(5, 2)
    CHECK (score_percent IS NULL OR score_percent BETWEEN 0 AND 100);
ALTER TABLE learning_event ADD CONSTRAINT learning_event_quiz_has_score
    CHECK (type <> 'QUIZ_PASSED' OR score_percent IS NOT NULL);
