package com.azora.api.leaderboard;

import com.azora.batch.leaderboard.LeaderboardRecompute;
import com.azora.leaderboard.application.LeaderboardAdminService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The admin's "Recompute now" over HTTP (token managers only). */
@Path("/admin/leaderboards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminLeaderboardsResource {

  @EJB private LeaderboardRecompute recompute;
  @EJB private LeaderboardAdminService admin;

  /** The started job execution. */
  public record Started(long jobExecutionId) {}

  @POST
  @Path("/recompute")
  @Operation(
      summary = "Start the leaderboard-recompute job now",
      description =
          "202 with the job execution id; the new boards replace the current ones at once when"
              + " the job finishes. 409 while another recomputation is running; 403 without the"
              + " token-management permission.")
  public Response recompute() {
    admin.assertCanRecompute();
    return Response.accepted(new Started(recompute.now())).build();
  }
}
