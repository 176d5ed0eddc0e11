package com.azora.api.assessment;

import com.azora.assessment.application.QuizTakingService;
import com.azora.assessment.application.QuizViews.AttemptSummary;
import com.azora.assessment.application.QuizViews.AttemptView;
import com.azora.assessment.domain.QuizScorer;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Quiz attempts of the caller: start, submit, list, read. Another student's attempt is a 404. */
@Path("/quizzes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class QuizzesResource {

  /** One answer: option indexes (as given by the attempt's options) or text. */
  public record Answer(long questionId, List<Integer> selected, String text) {}

  /** The answers of a submission; questions left out count as unanswered. */
  public record Submission(List<Answer> answers) {}

  @EJB private QuizTakingService taking;

  @POST
  @Path("/{lessonId}/attempts")
  @Operation(
      summary =
          "Start an attempt at the quiz of a lesson of a course the caller is enrolled in (or get"
              + " the one in progress): its id, deadline and questions without answers")
  public Response start(@PathParam("lessonId") long lessonId) {
    AttemptView a = taking.start(lessonId);
    return Response.created(URI.create("quizzes/" + lessonId + "/attempts/" + a.id()))
        .entity(a)
        .build();
  }

  @POST
  @Path("/{lessonId}/attempts/{attemptId}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Submit the caller's attempt with its answers; answers after the deadline (plus a few"
              + " seconds of grace) are not counted. Returns the result")
  public AttemptView submit(
      @PathParam("lessonId") long lessonId,
      @PathParam("attemptId") long attemptId,
      Submission submission) {
    taking.attempt(lessonId, attemptId);
    Map<Long, QuizScorer.Response> responses = new LinkedHashMap<>();
    if (submission != null && submission.answers() != null) {
      for (Answer a : submission.answers()) {
        if (a == null) {
          continue;
        }
        if (responses.containsKey(a.questionId())) {
          throw DomainException.invalid("answers", "Answer each question at most once.");
        }
        responses.put(
            a.questionId(),
            new QuizScorer.Response(
                a.selected() == null ? null : new HashSet<>(a.selected()), a.text()));
      }
    }
    return taking.submit(attemptId, responses);
  }

  @GET
  @Path("/{lessonId}/attempts")
  @Operation(summary = "The caller's attempts at the quiz, oldest first")
  public List<AttemptSummary> mine(@PathParam("lessonId") long lessonId) {
    return taking.myAttempts(lessonId);
  }

  @GET
  @Path("/{lessonId}/attempts/{attemptId}")
  @Operation(summary = "One of the caller's attempts: open (questions) or submitted (result)")
  public AttemptView attempt(
      @PathParam("lessonId") long lessonId, @PathParam("attemptId") long attemptId) {
    return taking.attempt(lessonId, attemptId);
  }
}
