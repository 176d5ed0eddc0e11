package com.azora.api.learning;

import com.azora.learning.application.LearningService;
import com.azora.learning.application.LearningViews.LessonView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Lessons of the courses the caller is enrolled in. */
@Path("/lessons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class LessonsResource {

  @EJB private LearningService learning;

  @GET
  @Path("/{id}")
  @Operation(
      summary = "A lesson of a course the caller is enrolled in (404 otherwise)",
      description =
          "403 with the reason when the lesson's module is locked until the previous"
              + " module is completed.")
  public LessonView lesson(@PathParam("id") long id) {
    return learning.open(id);
  }

  @POST
  @Path("/{id}/complete")
  @Operation(summary = "Mark a reading or video lesson complete; completes the course when due")
  public LessonView complete(@PathParam("id") long id) {
    return learning.complete(id);
  }
}
