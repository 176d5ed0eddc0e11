-- Reviews and ratings: one review per student and course, an optional instructor reply, and the
-- course's rating count/sum and enrolment count kept by triggers in the same transaction, so the
-- catalog can filter and sort on them without aggregating.

CREATE TABLE course_review (
    id          BIGSERIAL PRIMARY KEY,
    course_id   BIGINT        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    user_id     BIGINT        NOT NULL REFERENCES app_user (id),
    rating      SMALLINT      NOT NULL,
    body        VARCHAR(4000) NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    reply       VARCHAR(4000),
    replied_by  BIGINT REFERENCES app_user (id),
    replied_at  TIMESTAMPTZ,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT course_review_once UNIQUE (course_id, user_id),
    CONSTRAINT course_review_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT course_review_reply_complete
        CHECK ((reply IS NULL) = (replied_by IS NULL) AND (reply IS NULL) = (replied_at IS NULL)),
    CONSTRAINT course_review_reply_present CHECK (reply IS NULL OR length(btrim(reply)) > 0)
);
CREATE INDEX course_review_recent ON course_review (course_id, created_at DESC, id DESC);

ALTER TABLE course
    ADD COLUMN rating_count    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN rating_sum      INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN enrolment_count INTEGER NOT NULL DEFAULT 0,
    ADD CONSTRAINT course_rating_totals
        CHECK (rating_count >= 0 AND rating_sum BETWEEN rating_count AND 5 * rating_count),
    ADD CONSTRAINT course_enrolment_count CHECK (enrolment_count >= 0);
-- Sorting by average rating reads this column (null while unrated).
ALTER TABLE course ADD COLUMN rating_average NUMERIC(3, 2) GENERATED ALWAYS AS (
    CASE WHEN rating_count > 0 THEN round(rating_sum::numeric / rating_count, 2) END) STORED;
CREATE INDEX course_by_rating ON course (rating_average DESC NULLS LAST, rating_count DESC)
    WHERE status = 'PUBLISHED';
CREATE INDEX course_by_popularity ON course (enrolment_count DESC, published_at DESC)
    WHERE status = 'PUBLISHED';

-- Only a student with a live enrolment and at least one completed lesson may review.
CREATE FUNCTION course_review_eligible() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM enrolment e JOIN lesson_progress p ON p.enrolment_id = e.id
        WHERE e.user_id = NEW.user_id AND e.course_id = NEW.course_id AND e.status <> 'REVOKED') THEN
        RAISE EXCEPTION 'course_review_not_eligible: user % course %', NEW.user_id, NEW.course_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER course_review_eligible BEFORE INSERT ON course_review
    FOR EACH ROW EXECUTE FUNCTION course_review_eligible();

-- A review never moves to another course or author.
CREATE FUNCTION course_review_fixed() RETURNS trigger AS $$
BEGIN
    IF NEW.course_id <> OLD.course_id OR NEW.user_id <> OLD.user_id THEN
        RAISE EXCEPTION 'course_review_fixed: a review keeps its course and author'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER course_review_fixed BEFORE UPDATE ON course_review
    FOR EACH ROW EXECUTE FUNCTION course_review_fixed();

CREATE FUNCTION course_review_totals() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE course SET rating_count = rating_count + 1, rating_sum = rating_sum + NEW.rating
        WHERE id = NEW.course_id;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.rating <> OLD.rating THEN
            UPDATE course SET rating_sum = rating_sum - OLD.rating + NEW.rating
            WHERE id = NEW.course_id;
        END IF;
    ELSE
        UPDATE course SET rating_count = rating_count - 1, rating_sum = rating_sum - OLD.rating
        WHERE id = OLD.course_id;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER course_review_totals AFTER INSERT OR UPDATE OF rating OR DELETE ON course_review
    FOR EACH ROW EXECUTE FUNCTION course_review_totals();

-- Popularity: live (not revoked) enrolments per course.
CREATE FUNCTION enrolment_totals() RETURNS trigger AS $$
DECLARE
    was_live BOOLEAN := TG_OP <> 'INSERT' AND OLD.status <> 'REVOKED';
    is_live  BOOLEAN := TG_OP <> 'DELETE' AND NEW.status <> 'REVOKED';
BEGIN
    IF was_live AND NOT is_live THEN
        UPDATE course SET enrolment_count = enrolment_count - 1 WHERE id = OLD.course_id;
    ELSIF is_live AND NOT was_live THEN
        UPDATE course SET enrolment_count = enrolment_count + 1 WHERE id = NEW.course_id;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER enrolment_totals AFTER INSERT OR UPDATE OF status OR DELETE ON enrolment
    FOR EACH ROW EXECUTE FUNCTION enrolment_totals();

UPDATE course c SET enrolment_count =
    (SELECT count(*) FROM enrolment e WHERE e.course_id = c.id AND e.status <> 'REVOKED');
