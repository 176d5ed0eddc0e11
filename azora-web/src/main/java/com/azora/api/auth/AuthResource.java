package com.azora.api.auth;

import com.azora.api.auth.AuthApi.Accepted;
import com.azora.api.auth.AuthApi.LoginRequest;
import com.azora.api.auth.AuthApi.MfaRequired;
import com.azora.api.auth.AuthApi.RefreshRequest;
import com.azora.api.auth.AuthApi.RegisterRequest;
import com.azora.api.auth.AuthApi.TokenResponse;
import com.azora.api.auth.AuthApi.TotpRequest;
import com.azora.identity.application.ApiTokenService;
import com.azora.identity.application.AuthService;
import com.azora.identity.application.GrantedLogin;
import com.azora.identity.application.LoginStep;
import com.azora.identity.application.Registration;
import com.azora.identity.application.TokenPair;
import com.azora.identity.domain.Role;
import com.azora.platform.error.DomainException;
import com.azora.web.security.ClientInfo;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Sign-up, sign-in (with TOTP step), token refresh and logout for API clients. */
@Path("/auth")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @EJB private AuthService auth;
  @EJB private ApiTokenService tokens;

  @POST
  @Path("/register")
  @Operation(
      summary = "Create an account",
      description = "Sends a verification email. The answer is the same when the email is taken.")
  public Response register(RegisterRequest body, @Context HttpServletRequest request) {
    RegisterRequest r = require(body);
    auth.register(
        new Registration(r.displayName(), r.email(), r.password(), roles(r.requestedRoles())),
        ClientInfo.ip(request));
    return Response.status(202)
        .entity(new Accepted("Check your inbox to confirm your email address."))
        .build();
  }

  @POST
  @Path("/login")
  @Operation(
      summary = "Sign in with email and password",
      description =
          "Returns tokens, or {mfaRequired: true, challenge} when two-factor authentication is on;"
              + " then call /api/auth/login/totp.")
  public Response login(LoginRequest body, @Context HttpServletRequest request) {
    LoginRequest r = require(body);
    LoginStep step = auth.authenticatePassword(r.email(), r.password(), ClientInfo.ip(request));
    if (step.secondFactorRequired()) {
      return Response.ok(new MfaRequired(true, step.token())).build();
    }
    return Response.ok(exchange(step.token(), request)).build();
  }

  @POST
  @Path("/login/totp")
  @Operation(summary = "Complete sign-in with a TOTP or recovery code")
  public TokenResponse loginTotp(TotpRequest body, @Context HttpServletRequest request) {
    TotpRequest r = require(body);
    return exchange(
        auth.verifySecondFactor(r.challenge(), r.code(), ClientInfo.ip(request)), request);
  }

  @POST
  @Path("/refresh")
  @Operation(
      summary = "Renew the access token",
      description = "Rotates the refresh token; reusing an old one revokes the whole family.")
  public TokenResponse refresh(RefreshRequest body, @Context HttpServletRequest request) {
    return response(tokens.refresh(require(body).refreshToken(), ClientInfo.ip(request)));
  }

  @POST
  @Path("/logout")
  @Operation(summary = "Revoke the refresh token (and its family)")
  public Response logout(RefreshRequest body, @Context HttpServletRequest request) {
    tokens.logout(require(body).refreshToken(), ClientInfo.ip(request));
    return Response.noContent().build();
  }

  private TokenResponse exchange(String grant, HttpServletRequest request) {
    GrantedLogin login =
        auth.redeemGrant(grant, ClientInfo.ip(request), ClientInfo.userAgent(request), false);
    return response(tokens.issue(login.principal()));
  }

  private static TokenResponse response(TokenPair p) {
    return new TokenResponse(p.accessToken(), "Bearer", p.expiresIn(), p.refreshToken());
  }

  private static Set<Role> roles(Set<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String n : names) {
        try {
          Role role = Role.valueOf(n);
          if (!role.requestable()) {
            throw new IllegalArgumentException();
          }
          roles.add(role);
        } catch (IllegalArgumentException | NullPointerException e) {
          throw DomainException.invalid(
              "requestedRoles", "Only EDUCATOR and EMPLOYER can be requested.");
        }
      }
    }
    return roles;
  }

  private static <T> T require(T body) {
    if (body == null) {
      throw DomainException.invalid(null, "Send a JSON body.");
    }
    return body;
  }
}
