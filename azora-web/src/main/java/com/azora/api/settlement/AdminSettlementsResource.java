package com.azora.api.settlement;

import com.azora.batch.BatchRuns;
import com.azora.batch.settlement.SettlementConsole;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The admin console's "Run settlement" over HTTP (payment managers only), for scripts and the
 * benchmark: the same facade as the page, so the run guard applies.
 */
@Path("/admin/settlements/runs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminSettlementsResource {

  @EJB private SettlementConsole console;

  /** A run request: the business date (ISO) and optionally the items per chunk. */
  public record NewRun(String businessDate, Integer itemCount) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Run earnings settlement for a business date",
      description =
          "202 with the run (job execution id and status). A run of the date under way is"
              + " returned instead of starting another; a completed date may be rerun, which"
              + " changes nothing. 400 for a bad date or item count; 403 without the payments"
              + " permission.")
  public Response run(NewRun run) {
    if (run == null || run.businessDate() == null) {
      throw DomainException.invalid("businessDate", "Choose a business date.");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(run.businessDate().strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("businessDate", "An ISO date, e.g. 2026-12-04.");
    }
    return Response.accepted(console.run(date, run.itemCount())).build();
  }

  @GET
  @Operation(summary = "The newest settlement runs, their status fresh from the batch runtime")
  public List<BatchRuns.Run> recent() {
    return console.recent(20);
  }
}
