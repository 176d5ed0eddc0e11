package com.azora.web.catalog;

import com.azora.catalog.application.CatalogViews.CourseEditor;
import com.azora.catalog.application.CatalogViews.LessonLine;
import com.azora.catalog.application.CatalogViews.ModuleLine;
import com.azora.catalog.application.CourseAuthoringService;
import com.azora.catalog.application.CourseSetupService;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.LessonContent;
import com.azora.catalog.domain.LessonType;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.primefaces.event.ReorderEvent;

/**
 * Edits one course: details, modules and lessons (added, reordered, locked), instructors, thumbnail
 * and prerequisites, submission for review and archiving.
 */
@Named
@ViewScoped
public class CourseEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CourseAuthoringService authoring;
  @EJB private CourseSetupService setupService;

  private long id;
  private CourseEditor course;
  private DetailsForm details;
  private String moduleTitle;
  private Long lessonModuleId;
  private LessonType lessonType = LessonType.READING;
  private final LessonForm lesson = new LessonForm(10, true);
  private CourseSetupForm setup;
  // Mutable copies for the draggable tables: PrimeFaces reorders the table's list itself on a drop.
  private ArrayList<ModuleLine> moduleRows;
  private HashMap<Long, ArrayList<LessonLine>> lessonRows;

  public void load() throws IOException {
    if (course == null) {
      setup = new CourseSetupForm(setupService, this);
      try {
        refresh();
      } catch (DomainException e) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.getExternalContext().responseSendError(404, e.getMessage());
        ctx.responseComplete();
      }
    }
  }

  private void refresh() {
    course = authoring.editor(id);
    moduleRows = new ArrayList<>(course.modules());
    lessonRows = new HashMap<>();
    for (ModuleLine m : course.modules()) {
      lessonRows.put(m.id(), new ArrayList<>(m.lessons()));
    }
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
    LessonContent content = lesson.toContent(lessonType);
    if (run(() -> authoring.addLesson(id, lessonModuleId, content), "lesson", "Lesson added.")) {
      lesson.clearText();
    }
  }

  public LessonForm getLesson() {
    return lesson;
  }

  public void submit() {
    run(
        () -> authoring.submitForReview(id),
        "submitForm",
        "Sent for review. An admin will publish it or tell you what to change.");
  }

  /**
   * Drag and drop of a module row. PrimeFaces has already moved the row in the table's list, so the
   * dropped module is the one now at the target index.
   */
  public void onModuleReorder(ReorderEvent e) {
    if (e.getToIndex() < 0 || e.getToIndex() >= moduleRows.size()) {
      return;
    }
    long moduleId = moduleRows.get(e.getToIndex()).id();
    run(
        () -> authoring.moveModule(id, moduleId, e.getToIndex()),
        "syllabusForm",
        "Modules reordered.");
  }

  /** Drag and drop of a lesson row within its module's table (moved in that list already). */
  public void onLessonReorder(ReorderEvent e) {
    @SuppressWarnings("unchecked")
    List<LessonLine> rows = (List<LessonLine>) ((UIData) e.getComponent()).getValue();
    if (rows == null || e.getToIndex() < 0 || e.getToIndex() >= rows.size()) {
      return;
    }
    long lessonId = rows.get(e.getToIndex()).id();
    run(
        () -> authoring.moveLesson(id, lessonId, e.getToIndex()),
        "syllabusForm",
        "Lessons reordered.");
  }

  /** The keyboard way: moves a module one place up (-1) or down (+1). */
  public void moveModule(long moduleId, int by) {
    int at = indexOf(course.modules().stream().map(ModuleLine::id).toList(), moduleId);
    run(() -> authoring.moveModule(id, moduleId, at + by), "syllabusForm", "Modules reordered.");
  }

  /** The keyboard way: moves a lesson one place up (-1) or down (+1) within its module. */
  public void moveLesson(long moduleId, long lessonId, int by) {
    List<Long> lessons =
        course.modules().stream()
            .filter(m -> m.id() == moduleId)
            .flatMap(m -> m.lessons().stream().map(LessonLine::id))
            .toList();
    int at = indexOf(lessons, lessonId);
    run(() -> authoring.moveLesson(id, lessonId, at + by), "syllabusForm", "Lessons reordered.");
  }

  private static int indexOf(List<Long> ids, long wanted) {
    return ids.indexOf(wanted);
  }

  public void setModuleLocked(long moduleId, boolean locked) {
    run(
        () -> authoring.setModuleLocked(id, moduleId, locked),
        "syllabusForm",
        locked ? "Module locked until the previous module is completed." : "Module unlocked.");
  }

  /** Premium (subscribers only) while the course is a draft; admins change it later. */
  public void setPremium(boolean premium) {
    run(
        () -> authoring.setPremium(id, premium),
        "premiumForm",
        premium
            ? "Premium: only subscribers whose plan includes premium courses will enrol."
            : "Not premium: anyone may enrol.");
  }

  public void archive() {
    run(
        () -> authoring.archive(id),
        "archiveForm",
        "Course archived: it left the catalog; enrolled students can still read it.");
  }

  boolean run(Runnable action, String formId, String success) {
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
    return new LessonType[] {
      LessonType.READING, LessonType.VIDEO, LessonType.QUIZ, LessonType.ASSIGNMENT
    };
  }

  public boolean isPublished() {
    return course != null && course.status() == CourseStatus.PUBLISHED;
  }

  public List<ModuleLine> getModuleRows() {
    return moduleRows;
  }

  /** The lessons of a module as the draggable table's list. */
  public List<LessonLine> lessonRows(long moduleId) {
    return lessonRows.get(moduleId);
  }

  public CourseSetupForm getSetup() {
    return setup;
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

  public LessonType getLessonType() {
    return lessonType;
  }

  public void setLessonType(LessonType lessonType) {
    this.lessonType = lessonType;
  }
}
