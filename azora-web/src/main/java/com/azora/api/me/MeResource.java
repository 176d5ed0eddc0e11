package com.azora.api.me;

import com.azora.credential.application.CertificateService;
import com.azora.credential.application.CredentialViews.CourseProgress;
import com.azora.identity.application.AccountService;
import com.azora.identity.application.AccountView;
import com.azora.identity.application.ProfileUpdate;
import com.azora.leaderboard.application.LeaderboardService;
import com.azora.leaderboard.application.LeaderboardViews.Line;
import com.azora.leaderboard.application.LeaderboardViews.Snapshot;
import com.azora.leaderboard.domain.Board;
import com.azora.leaderboard.domain.BoardRef;
import com.azora.learning.application.LearningService;
import com.azora.learning.application.LearningViews.MyCourse;
import com.azora.payment.application.CheckoutService;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.platform.PageResult;
import com.azora.settlement.application.Earnings;
import com.azora.settlement.application.EarningsService;
import com.azora.token.application.TokenViews.WalletSummary;
import com.azora.token.application.TransferService;
import com.azora.token.application.WalletService;
import com.azora.web.security.ClientInfo;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Reads and edits the caller's own profile; there is no way to address another user here. */
@Path("/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeResource {

  @EJB private AccountService account;
  @EJB private LearningService learning;
  @EJB private CertificateService certificates;
  @EJB private WalletService wallet;
  @EJB private TransferService transfers;
  @EJB private EarningsService earnings;
  @EJB private CheckoutService checkout;
  @EJB private LeaderboardService leaderboards;

  /** The caller's profile and account state. */
  public record Me(
      long id,
      String email,
      String displayName,
      String bio,
      String location,
      String timeZone,
      List<String> roles,
      boolean emailVerified,
      boolean twoFactorEnabled,
      boolean demo) {
    static Me of(AccountView v) {
      return new Me(
          v.id(),
          v.email(),
          v.displayName(),
          v.bio(),
          v.location(),
          v.timeZone(),
          v.roles().stream().map(Enum::name).sorted().toList(),
          v.emailVerified(),
          v.twoFactorEnabled(),
          v.demo());
    }
  }

  /** Fields to change; absent (null) fields stay as they are. */
  public record MePatch(String displayName, String bio, String location, String timeZone) {}

  @GET
  @Operation(summary = "The signed-in user's profile")
  public Me get() {
    return Me.of(account.me());
  }

  @PATCH
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the signed-in user's profile (partial update)")
  public Me patch(MePatch patch, @Context HttpServletRequest request) {
    AccountView current = account.me();
    MePatch p = patch == null ? new MePatch(null, null, null, null) : patch;
    ProfileUpdate update =
        new ProfileUpdate(
            p.displayName() != null ? p.displayName() : current.displayName(),
            p.bio() != null ? p.bio() : current.bio(),
            p.location() != null ? p.location() : current.location(),
            p.timeZone() != null ? p.timeZone() : current.timeZone());
    return Me.of(account.updateProfile(update, ClientInfo.ip(request)));
  }

  @GET
  @Path("/courses")
  @Operation(summary = "The caller's courses with progress and the lesson to continue with")
  public List<MyCourse> courses() {
    return learning.myCourses();
  }

  @GET
  @Path("/progress")
  @Operation(
      summary = "The caller's progress per enrolment",
      description =
          "Status, percent, completed and total lessons, completion time, and the certificate"
              + " code once the course is completed.")
  public List<CourseProgress> progress() {
    return certificates.myProgress();
  }

  /** A transfer of AZR to another user. */
  public record TransferRequest(String recipientEmail, BigDecimal amount, String memo) {}

  /** The booked transfer's ledger transaction. */
  public record TransferCreated(long transactionId) {}

  @GET
  @Path("/wallet")
  @Operation(summary = "The caller's balances per currency and latest 20 transactions")
  public WalletSummary wallet() {
    return wallet.summary(20);
  }

  @POST
  @Path("/wallet/transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send AZR to another user by email",
      description =
          "Amount from 0.01 AZR up to the per-transfer and per-day limits; optional memo of at"
              + " most 140 characters; never to oneself. 201 with the ledger transaction id."
              + " Requires an Idempotency-Key header: a retry with the same key gets the first"
              + " answer back and books nothing.")
  @com.azora.api.support.Idempotent
  public Response transfer(
      @jakarta.ws.rs.HeaderParam("Idempotency-Key") String key, TransferRequest body) {
    TransferRequest t = body == null ? new TransferRequest(null, null, null) : body;
    long id = transfers.send(t.recipientEmail(), t.amount(), t.memo(), key);
    return Response.status(Response.Status.CREATED).entity(new TransferCreated(id)).build();
  }

  @GET
  @Path("/earnings")
  @Operation(
      summary = "The caller's instructor earnings (educators)",
      description =
          "Per currency: pending (inside the refund window), available and paid out; net sales"
              + " per course and per month (UTC). Amounts are decimal strings at the currency's"
              + " scale; refunds are negative.")
  public Earnings earnings() {
    return earnings.mine();
  }

  @GET
  @Path("/orders")
  @Operation(summary = "The caller's orders, newest first (paged)")
  public PageResult<OrderView> orders(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return checkout.myOrders(Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
  }

  @GET
  @Path("/orders/{ref}")
  @Operation(
      summary = "One of the caller's orders, its status asked of the provider",
      description = "404 for an unknown reference or another user's order.")
  public OrderView order(@PathParam("ref") String ref) {
    return checkout.refresh(ref);
  }

  /** The caller's place on one board; rank, position and points are null when not on it. */
  public record MyRank(
      String board,
      long scope,
      Long generation,
      Integer rank,
      Integer position,
      BigDecimal points) {}

  @GET
  @Path("/rank")
  @Operation(
      summary = "The caller's rank on a leaderboard",
      description =
          "board as in GET /api/leaderboards/{board} (default global), with course= or org= for"
              + " those boards. Competition rank (ties share it) and display position in the"
              + " current generation; nulls when the caller earned no rewards there.")
  public MyRank rank(
      @QueryParam("board") @DefaultValue("global") String board,
      @QueryParam("course") Long course,
      @QueryParam("org") Long org) {
    BoardRef ref = BoardRef.of(Board.parse(board), course, org);
    Snapshot s = leaderboards.current();
    Line line = leaderboards.mine(ref, s.generation()).orElse(null);
    return new MyRank(
        ref.board().name().toLowerCase(java.util.Locale.ROOT),
        ref.scope(),
        s.generation(),
        line == null ? null : line.rank(),
        line == null ? null : line.position(),
        line == null ? null : line.points());
  }
}
