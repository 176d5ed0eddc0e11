package com.azora.web.learning;

import com.azora.learning.application.CourseAnalytics;
import com.azora.learning.application.CourseAnalytics.DayCount;
import com.azora.learning.application.CourseAnalytics.LessonReach;
import com.azora.learning.application.CourseAnalyticsService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/** A course's analytics for its instructors, with Chart.js configurations for the two charts. */
@Named
@RequestScoped
public class CourseAnalyticsPage {

  @EJB private CourseAnalyticsService analytics;

  private long id;
  private CourseAnalytics data;

  public void load() {
    try {
      data = analytics.forCourse(id);
    } catch (DomainException e) {
      Faces.notFound(e.getMessage());
    }
  }

  /** Daily enrolments as bars and the running total as a line, over the last 90 days. */
  public String getEnrolmentChart() {
    List<DayCount> days = data.enrolmentsByDay();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    days.forEach(d -> labels.add(d.day().toString()));
    JsonObjectBuilder daily =
        dataset("Enrolments that day", days, DayCount::count).add("type", "bar");
    JsonObjectBuilder total =
        dataset("All enrolments", days, DayCount::total).add("type", "line").add("yAxisID", "y1");
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(daily).add(total)))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))
                        .add(
                            "y1",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("position", "right"))))
        .build()
        .toString();
  }

  /** How many learners completed each lesson, in reading order: where they drop off. */
  public String getReachChart() {
    List<LessonReach> reach = data.reach();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    reach.forEach(r -> labels.add(r.title()));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset("Learners who completed it", reach, LessonReach::completed))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private static <T> JsonObjectBuilder dataset(
      String label, List<T> rows, Function<T, Long> value) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    rows.forEach(r -> values.add(value.apply(r)));
    return Json.createObjectBuilder().add("label", label).add("data", values);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public CourseAnalytics getData() {
    return data;
  }
}
