package com.azora.web.catalog;

import com.azora.catalog.application.CatalogViews.CourseRef;
import com.azora.catalog.application.CourseSetupService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The course editor's instructors, thumbnail and prerequisites sections: their inputs and actions,
 * held by {@link CourseEditorPage} so the view keeps one backing bean.
 */
public class CourseSetupForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CourseSetupService setup;
  private final CourseEditorPage page;
  private String instructorEmail;
  private transient UploadedFile thumbnailFile;
  private String prerequisiteTitle;
  private List<CourseRef> prerequisiteMatches = List.of();

  CourseSetupForm(CourseSetupService setup, CourseEditorPage page) {
    this.setup = setup;
    this.page = page;
  }

  public void addInstructor() {
    if (page.run(
        () -> setup.addInstructor(page.getId(), instructorEmail),
        "instructors",
        "Co-instructor added: they can edit this course now.")) {
      instructorEmail = null;
    }
  }

  /** Removes an instructor; removing yourself leaves the editor (you no longer teach it). */
  public String removeInstructor(long userId) {
    boolean self;
    try {
      self = setup.removeInstructor(page.getId(), userId);
    } catch (DomainException e) {
      Faces.show(e, "instructors");
      return null;
    }
    if (self) {
      Faces.info("You no longer teach this course.");
      Faces.keepMessages();
      return "/teach/courses?faces-redirect=true";
    }
    page.run(() -> {}, "instructors", "Instructor removed.");
    return null;
  }

  public void uploadThumbnail() {
    if (thumbnailFile == null || thumbnailFile.getSize() == 0) {
      Faces.error("thumbnailForm:thumbnail", "Choose an image file.");
      return;
    }
    byte[] data;
    try (InputStream in = thumbnailFile.getInputStream()) {
      data = in.readNBytes(4 * 1024 * 1024);
    } catch (IOException e) {
      Faces.error("thumbnailForm:thumbnail", "The upload did not arrive completely. Try again.");
      return;
    }
    page.run(() -> setup.uploadThumbnail(page.getId(), data), "thumbnailForm", "Thumbnail saved.");
  }

  public void removeThumbnail() {
    page.run(() -> setup.removeThumbnail(page.getId()), "thumbnailForm", "Thumbnail removed.");
  }

  public void findPrerequisites() {
    try {
      prerequisiteMatches = setup.findPublished(page.getId(), prerequisiteTitle);
      if (prerequisiteMatches.isEmpty()) {
        Faces.error("prerequisites:prerequisiteTitle", "No published course has such a title.");
      }
    } catch (DomainException e) {
      Faces.show(e, "prerequisites");
    }
  }

  public void addPrerequisite(long requiredId) {
    if (page.run(
        () -> setup.addPrerequisite(page.getId(), requiredId),
        "prerequisites",
        "Prerequisite added.")) {
      prerequisiteMatches = List.of();
      prerequisiteTitle = null;
    }
  }

  public void removePrerequisite(long requiredId) {
    page.run(
        () -> setup.removePrerequisite(page.getId(), requiredId),
        "prerequisites",
        "Prerequisite removed.");
  }

  public String getInstructorEmail() {
    return instructorEmail;
  }

  public void setInstructorEmail(String instructorEmail) {
    this.instructorEmail = instructorEmail;
  }

  public UploadedFile getThumbnailFile() {
    return thumbnailFile;
  }

  public void setThumbnailFile(UploadedFile thumbnailFile) {
    this.thumbnailFile = thumbnailFile;
  }

  public String getPrerequisiteTitle() {
    return prerequisiteTitle;
  }

  public void setPrerequisiteTitle(String prerequisiteTitle) {
    this.prerequisiteTitle = prerequisiteTitle;
  }

  public List<CourseRef> getPrerequisiteMatches() {
    return prerequisiteMatches;
  }
}
