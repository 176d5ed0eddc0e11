package com.azora.web.catalog;

import com.azora.catalog.application.CatalogViews.CourseEditor;
import com.azora.catalog.application.CourseAuthoringService;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.LessonContent;
import com.azora.catalog.domain.LessonType;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Edits one draft course: details, modules, lessons, and submission for review. */
@Named
@ViewScoped
public class CourseEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CourseAuthoringService authoring;

  private long id;
  private CourseEditor course;
  private DetailsForm details;
  private String moduleTitle;
  private Long lessonModuleId;
  private String lessonTitle;
  private LessonType lessonType = LessonType.READING;
  private String content;
  private String videoUrl;
  private int duration = 10;
  private boolean required = true;

  public void load() {
    if (course == null) {
      refresh();
    }
  }

  private void refresh() {
    course = authoring.editor(id);
    details = DetailsForm.of(course.details());
    if (lessonModuleId == null && !course.modules().isEmpty()) {
      lessonModuleId = course.modules().get(course.modules().size() - 1).id();
    }
  }

  public void save() {
    run(() -> authoring.update(id, details.toDetails()), "details", "Course details saved.");
  }

  public void addModule() {
    run(() -> authoring.addModule(id, moduleTitle), "module", "Module added.");
    moduleTitle = null;
    lessonModuleId =
        course.modules().isEmpty() ? null : course.modules().get(course.modules().size() - 1).id();
  }

  public void addLesson() {
    if (lessonModuleId == null) {
      Faces.error("lesson:lessonModule", "Add a module first.");
      return;
    }
    LessonContent lesson =
        new LessonContent(lessonTitle, lessonType, content, videoUrl, duration, required);
    if (run(() -> authoring.addLesson(id, lessonModuleId, lesson), "lesson", "Lesson added.")) {
      lessonTitle = null;
      content = null;
      videoUrl = null;
    }
  }

  public void submit() {
    run(
        () -> authoring.submitForReview(id),
        "submitForm",
        "Sent for review. An admin will publish it or tell you what to change.");
  }

  private boolean run(Runnable action, String formId, String success) {
    try {
      action.run();
      refresh();
      Faces.info(success);
      return true;
    } catch (DomainException e) {
      Faces.show(e, formId);
      return false;
    }
  }

  public boolean isDraft() {
    return course != null && course.status() == CourseStatus.DRAFT;
  }

  public LessonType[] getLessonTypes() {
    return new LessonType[] {LessonType.READING, LessonType.VIDEO, LessonType.QUIZ};
  }

  public CourseEditor getCourse() {
    return course;
  }

  public DetailsForm getDetails() {
    return details;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }

  public void setModuleTitle(String moduleTitle) {
    this.moduleTitle = moduleTitle;
  }

  public Long getLessonModuleId() {
    return lessonModuleId;
  }

  public void setLessonModuleId(Long lessonModuleId) {
    this.lessonModuleId = lessonModuleId;
  }

  public String getLessonTitle() {
    return lessonTitle;
  }

  public void setLessonTitle(String lessonTitle) {
    this.lessonTitle = lessonTitle;
  }

  public LessonType getLessonType() {
    return lessonType;
  }

  public void setLessonType(LessonType lessonType) {
    this.lessonType = lessonType;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public void setVideoUrl(String videoUrl) {
    this.videoUrl = videoUrl;
  }

  public int getDuration() {
    return duration;
  }

  public void setDuration(int duration) {
    this.duration = duration;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
