package com.azora.api.ledger;

import com.azora.ledger.application.LedgerAdjustmentService;
import com.azora.ledger.application.LedgerAdjustmentService.Adjusted;
import com.azora.ledger.application.LedgerAuditService;
import com.azora.ledger.application.LedgerAuditService.AuditRun;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Ledger operations for admins over HTTP. */
@Path("/admin/ledger")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class LedgerAdminResource {

  @EJB private LedgerAdjustmentService adjustments;
  @EJB private LedgerAuditService audit;

  /** A manual adjustment of a user's wallet. */
  public record AdjustmentRequest(
      String email, String currency, BigDecimal amount, String reason) {}

  @POST
  @Path("/adjustments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Credit or debit a user's wallet with a reason (admins)",
      description =
          "AZR comes from (or returns to) the treasury, fiat from the payment clearing account"
              + " (an offline bank transfer received). A negative amount debits and is refused"
              + " with 409 when the wallet does not hold it. The Idempotency-Key header is"
              + " required: a retry with the same key gets the first answer back (header"
              + " Idempotent-Replayed: true) and books nothing.")
  @com.azora.api.support.Idempotent
  public Response adjust(
      @HeaderParam("Idempotency-Key") String key,
      AdjustmentRequest body,
      @Context HttpServletRequest request) {
    AdjustmentRequest b = body == null ? new AdjustmentRequest(null, null, null, null) : body;
    if (key == null || key.isBlank()) {
      throw com.azora.platform.error.DomainException.invalid(
          "Idempotency-Key", "Send an Idempotency-Key header with this request.");
    }
    Adjusted done =
        adjustments.adjust(
            b.email(), b.currency(), b.amount(), b.reason(), key.trim(), request.getRemoteAddr());
    return Response.status(done.replayed() ? 200 : 201).entity(done).build();
  }

  @POST
  @Path("/audits")
  @Operation(
      summary = "Run the ledger invariant checks and chain verification now (admins)",
      description = "Answers the recorded run: passed, and one report line per check.")
  public AuditRun runAudit() {
    return audit.runNow();
  }
}
