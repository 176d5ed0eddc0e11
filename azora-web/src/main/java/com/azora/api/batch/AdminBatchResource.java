package com.azora.api.batch;

import com.azora.batch.console.BatchConsole;
import com.azora.batch.console.BatchConsole.ExecutionRow;
import com.azora.batch.console.BatchConsole.JobView;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What the batch console does, over HTTP (admins only, like the console). */
@Path("/admin/batch")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminBatchResource {

  @EJB private BatchConsole console;

  /** Job parameters, e.g. {@code {"businessDate": "2026-12-01"}}. */
  public record StartRequest(Map<String, String> parameters) {}

  /** The execution a start or restart created (for a dated job: that of the date's run). */
  public record Started(long executionId) {}

  /** Why an execution is abandoned. */
  public record AbandonRequest(String reason) {}

  @GET
  @Path("/jobs")
  @Operation(summary = "Every job with its schedule and next run")
  public List<JobView> jobs() {
    return console.jobs();
  }

  @POST
  @Path("/jobs/{job}/executions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a job",
      description =
          "Dated jobs (businessDate parameter) go through the run guard: while the date's run is"
              + " going the answer is that run's execution, so a retry starts nothing twice."
              + " 400 with the field for a bad parameter.")
  public Response start(@PathParam("job") String job, StartRequest body) {
    Map<String, String> p =
        body == null || body.parameters() == null ? Map.of() : body.parameters();
    String lines =
        p.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    return Response.status(Response.Status.ACCEPTED)
        .entity(new Started(console.start(job, lines)))
        .build();
  }

  @GET
  @Path("/executions/{id}")
  @Operation(summary = "An execution: status, business date, node, progress, steps")
  public ExecutionRow execution(@PathParam("id") long id) {
    return console.execution(id);
  }

  @POST
  @Path("/executions/{id}/stop")
  @Operation(summary = "Stop a running execution (it ends STOPPED at its next checkpoint)")
  public Response stop(@PathParam("id") long id) {
    console.stop(id);
    return Response.accepted().build();
  }

  @POST
  @Path("/executions/{id}/restart")
  @Operation(summary = "Restart a failed or stopped execution from its last checkpoint")
  public Response restart(@PathParam("id") long id) {
    return Response.status(Response.Status.ACCEPTED)
        .entity(new Started(console.restart(id)))
        .build();
  }

  @POST
  @Path("/executions/{id}/abandon")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Abandon a failed or stopped execution for good, with a reason")
  public Response abandon(@PathParam("id") long id, AbandonRequest body) {
    console.abandon(id, body == null ? null : body.reason());
    return Response.noContent().build();
  }
}
