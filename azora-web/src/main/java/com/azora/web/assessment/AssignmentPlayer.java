package com.azora.web.assessment;

import com.azora.assessment.application.AssignmentSubmissionService;
import com.azora.assessment.application.AssignmentViews.AssignmentBrief;
import com.azora.assessment.application.AssignmentViews.SubmittedFile;
import com.azora.assessment.domain.SubmissionFileType;
import com.azora.platform.error.DomainException;
import com.azora.web.learning.LessonPage;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/** The assignment part of the lesson player: the hand-in form and my submission history. */
@Named
@ViewScoped
public class AssignmentPlayer implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AssignmentSubmissionService submissions;
  @Inject private LessonPage lessonPage;

  private AssignmentBrief brief;
  private String text;
  private transient UploadedFile file;

  public AssignmentBrief getBrief() {
    if (brief == null) {
      brief = submissions.brief(lessonPage.getId());
    }
    return brief;
  }

  public void submit() {
    AssignmentBrief b = getBrief();
    SubmittedFile upload = null;
    if (file != null && file.getSize() > 0) {
      try (InputStream in = file.getInputStream()) {
        // One byte more than the limit is enough to refuse a file as too large.
        upload =
            new SubmittedFile(
                file.getFileName(), in.readNBytes((int) Math.min(b.maxFileBytes() + 1, 1L << 30)));
      } catch (IOException e) {
        Faces.error("assignment:file", "The upload did not arrive completely. Try again.");
        return;
      }
    }
    try {
      boolean replaced = b.hasPending();
      brief = submissions.submit(lessonPage.getId(), text, upload);
      text = null;
      Faces.info(
          replaced
              ? "Submission replaced; it waits for grading."
              : "Submitted; it waits for grading.");
    } catch (DomainException e) {
      Faces.show(e, "assignment");
    }
  }

  /** For the upload field's accept attribute, e.g. ".pdf,.png". */
  public String getAccept() {
    return getBrief().fileTypes().stream()
        .flatMap(t -> t.extensions().stream())
        .map(x -> "." + x)
        .collect(Collectors.joining(","));
  }

  public String getAcceptedNames() {
    return getBrief().fileTypes().stream()
        .map(SubmissionFileType::name)
        .collect(Collectors.joining(", "));
  }

  public long getMaxMiB() {
    return getBrief().maxFileBytes() / (1024 * 1024);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
