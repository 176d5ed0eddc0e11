package com.azora.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the database with published courses (varied titles, summaries, categories, levels,
 * languages and prices), their modules and lessons, students, enrolments and lesson progress, in
 * SQL on the server side (a million rows take seconds that way, minutes through JDBC batches). Rows
 * are recognisable by their {@code bench-} slugs and e-mail addresses; a database that already
 * holds them is left as it is, so reruns skip seeding.
 */
final class Seeder {

  static final int MODULES_PER_COURSE = 3;
  static final int LESSONS_PER_MODULE = 4;
  static final int DONE_PER_ENROLMENT = 10;
  static final int ENROLMENTS_PER_STUDENT = 5;

  private static final String TOPICS =
      "array['Python', 'JavaScript', 'Kubernetes', 'Machine Learning', 'Data Science', 'SQL',"
          + " 'PostgreSQL', 'React', 'Java', 'Spring Boot', 'Cloud Computing', 'Cybersecurity',"
          + " 'Network Security', 'Linux', 'Docker', 'Statistics', 'Deep Learning',"
          + " 'Natural Language Processing', 'Computer Vision', 'Web Development', 'Accounting',"
          + " 'Digital Marketing', 'Project Management', 'Leadership', 'Negotiation',"
          + " 'Photography', 'Graphic Design', 'UX Design', 'Product Management',"
          + " 'Personal Finance', 'Economics', 'Calculus', 'Linear Algebra', 'Physics',"
          + " 'Organic Chemistry', 'Biology', 'Spanish', 'French', 'Music Theory',"
          + " 'Creative Writing']";
  private static final String CATEGORIES =
      "array['Computer Science', 'Web Development', 'DevOps', 'AI & Machine Learning',"
          + " 'Data Science', 'Data Science', 'Data Science', 'Web Development',"
          + " 'Computer Science', 'Web Development', 'DevOps', 'Security', 'Security', 'DevOps',"
          + " 'DevOps', 'Mathematics', 'AI & Machine Learning', 'AI & Machine Learning',"
          + " 'AI & Machine Learning', 'Web Development', 'Business', 'Marketing', 'Business',"
          + " 'Business', 'Business', 'Arts', 'Design', 'Design', 'Business', 'Finance',"
          + " 'Finance', 'Mathematics', 'Mathematics', 'Science', 'Science', 'Science',"
          + " 'Languages', 'Languages', 'Arts', 'Arts']";
  private static final String PATTERNS =
      "array['Introduction to %s', '%s for Beginners', 'Practical %s', 'Advanced %s',"
          + " '%s in Practice', 'Mastering %s', '%s Fundamentals', 'Applied %s',"
          + " '%s from Zero to Hero', 'Hands-on %s', '%s Bootcamp', 'Modern %s']";
  private static final String QUALIFIERS =
      "array['', ' for Engineers', ' for Managers', ' with Real Projects', ' in 30 Days',"
          + " ' for Data Teams', ': the Complete Guide', ' for Students', ' Essentials',"
          + " ' Workshop', ' for Professionals', ': Case Studies', ' Crash Course',"
          + " ' with Exercises', ' for Career Changers', ' Masterclass', ': Core Concepts',"
          + " ' for Small Businesses', ' Deep Dive', ' Lab', ' for Researchers']";
  private static final String APPROACHES =
      "array['short videos and readings', 'weekly projects', 'worked examples',"
          + " 'guided exercises', 'real case studies', 'quizzes and peer feedback',"
          + " 'live coding sessions', 'step-by-step labs']";
  private static final String OUTCOMES =
      "array['a portfolio project', 'a certificate of completion', 'a capstone review',"
          + " 'interview-ready skills', 'a working prototype', 'confidence for your next role']";

  private Seeder() {}

  /** The numbers a seeded database holds. */
  record Sizes(long courses, long lessons, long enrolments, long progress) {}

  static Sizes seed(Connection c, int courses, int progressRows) throws SQLException {
    Sizes before = sizes(c);
    if (before.courses() >= courses && before.progress() >= progressRows) {
      Bench.say("Database already seeded: " + before);
      return before;
    }
    if (before.courses() > 0) {
      throw new IllegalStateException(
          "The bench database holds a different data set ("
              + before
              + "); delete bench/target/azora-bench and run again.");
    }
    int enrolments = (progressRows + DONE_PER_ENROLMENT - 1) / DONE_PER_ENROLMENT;
    int students = (enrolments + ENROLMENTS_PER_STUDENT - 1) / ENROLMENTS_PER_STUDENT;
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("set local synchronous_commit = off");
      long educator = educator(c);
      Bench.say("Seeding " + courses + " courses");
      update(
          c,
          "with a as (select "
              + TOPICS
              + " t, "
              + CATEGORIES
              + " cat, "
              + PATTERNS
              + " p, "
              + QUALIFIERS
              + " q, "
              + APPROACHES
              + " ap, "
              + OUTCOMES
              + " o)"
              + " insert into course (slug, title, summary, description, category, level,"
              + " language, estimated_hours, price, currency, status, created_by, created_at,"
              + " updated_at, submitted_at, published_at)"
              + " select 'bench-' || i,"
              + "  format(p[1 + (i / 40) % 12], t[1 + i % 40]) || q[1 + (i / 480) % 21],"
              + "  format('Learn %s through %s, and finish with %s.', t[1 + i % 40],"
              + "   ap[1 + i % 8], o[1 + i % 6]),"
              + "  format('This course covers %s from the ground up: the ideas, the tools and the"
              + " habits of people who use %s every day. You learn through %s, with feedback on"
              + " every module. Level %s; about %s hours.', t[1 + i % 40], lower(t[1 + i % 40]),"
              + "   ap[1 + (i / 8) % 8], 1 + i % 3, 2 + i % 40),"
              + "  cat[1 + i % 40],"
              + "  (array['BEGINNER', 'INTERMEDIATE', 'ADVANCED'])[1 + (i / 7) % 3],"
              + "  (array['en', 'en', 'en', 'en', 'en', 'en', 'en', 'es', 'fr', 'de'])[1 + i % 10],"
              + "  2 + i % 40,"
              + "  case when i % 10 < 3 then 19 + (i % 8) * 10 else 0 end, 'USD', 'PUBLISHED', ?,"
              + "  now() - i * interval '1 hour', now() - i * interval '1 hour',"
              + "  now() - i * interval '1 hour', now() - i * interval '1 hour' + interval '1 minute'"
              + " from a, generate_series(1, ?) i",
          educator,
          courses);
      update(
          c,
          "insert into course_instructor (course_id, user_id)"
              + " select id, ? from course where slug like 'bench-%'",
          educator);
      update(
          c,
          "insert into course_module (course_id, position, title)"
              + " select c.id, p, format('Part %s: %s', p + 1,"
              + "  (array['Foundations', 'Working with real data', 'Projects and next steps'])"
              + "  [1 + p % 3])"
              + " from course c, generate_series(0, ?) p where c.slug like 'bench-%'",
          MODULES_PER_COURSE - 1);
      update(
          c,
          "insert into lesson (module_id, position, title, type, content, duration_minutes,"
              + " required)"
              + " select m.id, p, format('Lesson %s.%s', m.position + 1, p + 1), 'READING',"
              + "  'A short reading with an example and a question to think about.', 10, true"
              + " from course_module m join course c on c.id = m.course_id,"
              + " generate_series(0, ?) p where c.slug like 'bench-%'",
          LESSONS_PER_MODULE - 1);
      Bench.say("Seeding " + students + " students and " + enrolments + " enrolments");
      update(
          c,
          "insert into app_user (email, display_name, password_hash, email_verified_at)"
              + " select 'bench-student-' || i || '@bench.azora.local', 'Bench Student ' || i,"
              + " 'no-login', now() from generate_series(1, ?) i",
          students);
      update(
          c,
          "insert into enrolment (user_id, course_id, status, enrolled_at)"
              + " select u.id, c.id, 'ACTIVE', now() - interval '30 days'"
              + " from (select id, row_number() over (order by id) rn from app_user"
              + "       where email like 'bench-student-%') u"
              + " cross join generate_series(0, ?) k"
              + " join (select id, row_number() over (order by id) - 1 idx from course"
              + "       where slug like 'bench-%') c on c.idx = (u.rn * 7 + k * 1931) % ?"
              + " order by u.id, k limit ? on conflict do nothing",
          ENROLMENTS_PER_STUDENT - 1,
          courses,
          enrolments);
      Bench.say("Seeding " + progressRows + " lesson progress rows");
      update(
          c,
          "insert into lesson_progress (enrolment_id, lesson_id, completed_at)"
              + " select e.id, l.id, e.enrolled_at + (m.position * ? + l.position) * interval '1 h'"
              + " from enrolment e join app_user u on u.id = e.user_id"
              + " join course_module m on m.course_id = e.course_id"
              + " join lesson l on l.module_id = m.id"
              + " where u.email like 'bench-student-%' and m.position * ? + l.position < ?"
              + " limit ?",
          LESSONS_PER_MODULE,
          LESSONS_PER_MODULE,
          DONE_PER_ENROLMENT,
          progressRows);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
    try (Statement st = c.createStatement()) {
      Bench.say("VACUUM ANALYZE");
      st.execute("vacuum analyze");
    }
    return sizes(c);
  }

  static Sizes sizes(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select (select count(*) from course where slug like 'bench-%'),"
                    + " (select count(*) from lesson),"
                    + " (select count(*) from enrolment),"
                    + " (select count(*) from lesson_progress)")) {
      rs.next();
      return new Sizes(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }
  }

  private static long educator(Connection c) throws SQLException {
    update(
        c,
        "insert into app_user (email, display_name, password_hash, email_verified_at)"
            + " values ('bench-educator@bench.azora.local', 'Bench Educator', 'no-login', now())"
            + " on conflict (email) do nothing");
    try (PreparedStatement ps =
            c.prepareStatement(
                "select id from app_user where email = 'bench-educator@bench.azora.local'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }
}
