package com.azora.api.leaderboard;

import com.azora.leaderboard.application.LeaderboardService;
import com.azora.leaderboard.application.LeaderboardViews.Line;
import com.azora.leaderboard.application.LeaderboardViews.Snapshot;
import com.azora.leaderboard.domain.Board;
import com.azora.leaderboard.domain.BoardRef;
import com.azora.platform.PageResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Leaderboards of the current generation, for signed-in callers. */
@Path("/leaderboards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class LeaderboardsResource {

  @EJB private LeaderboardService leaderboards;

  /** One page of a board, with the caller's own line (null when they are not on it). */
  public record BoardPage(
      String board,
      long scope,
      String title,
      Long generation,
      Instant computedAt,
      long total,
      List<Line> entries,
      Line me) {}

  @GET
  @Path("/{board}")
  @Operation(
      summary = "A leaderboard, best first",
      description =
          "board is global (all time), weekly (this ISO week, UTC), monthly (this month, UTC),"
              + " course (needs course=<id>) or org (needs org=<id>; members only, 404 otherwise)."
              + " Points are AZR earned through rewards. rank is competition ranking (equal"
              + " points share a rank: 1, 2, 2, 4); position orders a tie by who reached the"
              + " score first. All lines come from one generation of boards.")
  public BoardPage board(
      @PathParam("board") String board,
      @Parameter(description = "Course id for the course board") @QueryParam("course") Long course,
      @Parameter(description = "Organisation id for the organisation board") @QueryParam("org")
          Long org,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    BoardRef ref = BoardRef.of(Board.parse(board), course, org);
    Snapshot s = leaderboards.current();
    PageResult<Line> page =
        leaderboards.page(
            ref, s.generation(), Math.max(0, offset), Math.min(Math.max(1, limit), 100));
    return new BoardPage(
        ref.board().name().toLowerCase(java.util.Locale.ROOT),
        ref.scope(),
        leaderboards.title(ref),
        s.generation(),
        s.computedAt(),
        page.total(),
        page.rows(),
        leaderboards.mine(ref, s.generation()).orElse(null));
  }
}
