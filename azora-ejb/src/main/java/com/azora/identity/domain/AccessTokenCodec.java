package com.azora.identity.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived API access tokens: HS256-signed JWTs of type {@code at+jwt} (RFC 9068) carrying the
 * user id as subject, the email and the roles. Verification allows no clock leeway: the same
 * servers issue and check these tokens, and a client whose token expired simply refreshes it.
 * Thread-safe.
 */
public final class AccessTokenCodec {

  public static final int MIN_KEY_BYTES = 32;

  // A distinct type keeps other JWTs signed with the same key from passing as access tokens.
  private static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
  private static final String EMAIL = "email";
  private static final String ROLES = "roles";

  private final JWSSigner signer;
  private final JWSVerifier verifier;
  private final Clock clock;
  private final Duration ttl;
  private final String issuer;

  /**
   * Tokens this codec has verified, with their claims: a client sends the same token with every
   * call until it expires, and parsing and checking it again cost the API about 4 % of its CPU. A
   * forged or altered token is another string and is checked in full.
   */
  private final Map<String, AccessTokenClaims> verified = new ConcurrentHashMap<>();

  /** The most tokens remembered; past it the memory starts afresh (a token costs about 1 KB). */
  static final int MAX_REMEMBERED = 10_000;

  /**
   * @param key HMAC key of at least {@value #MIN_KEY_BYTES} bytes, as RFC 7518 requires for HS256
   * @param ttl how long an issued token stays valid
   */
  public AccessTokenCodec(byte[] key, Clock clock, Duration ttl, String issuer) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("The key must have at least " + MIN_KEY_BYTES + " bytes");
    }
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("issuer must not be blank");
    }
    try {
      this.signer = new MACSigner(key.clone());
      this.verifier = new MACVerifier(key.clone());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("Unusable HMAC key", e);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = ttl;
    this.issuer = issuer;
  }

  public String issue(long userId, String email, Set<String> roles) {
    Objects.requireNonNull(email, "email");
    // JWT times have whole seconds; truncating here makes expiresAt survive the round trip.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(Long.toString(userId))
            .claim(EMAIL, email)
            .claim(ROLES, List.copyOf(new TreeSet<>(roles)))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(Secrets.randomToken(16))
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return jwt.serialize();
  }

  /**
   * The claims of {@code token}, or empty if it is malformed, not HS256 (including "none"), not an
   * access token, badly signed, from another issuer, or expired.
   */
  public Optional<AccessTokenClaims> verify(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    AccessTokenClaims known = verified.get(token);
    if (known != null) {
      if (clock.instant().isBefore(known.expiresAt())) {
        return Optional.of(known);
      }
      verified.remove(token);
      return Optional.empty();
    }
    Optional<AccessTokenClaims> claims = check(token);
    claims.ifPresent(
        c -> {
          if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
          }
          verified.put(token, c);
        });
    return claims;
  }

  /** Whether the lifetime of issued tokens is {@code ttl}. */
  public boolean issuesFor(Duration ttl) {
    return this.ttl.equals(ttl);
  }

  private Optional<AccessTokenClaims> check(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      JWSHeader header = jwt.getHeader();
      // Checked before the signature so only the algorithm we chose is ever run.
      if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())
          || !TYPE.equals(header.getType())
          || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      return claimsOf(jwt.getJWTClaimsSet());
    } catch (ParseException | JOSEException | RuntimeException e) {
      // Unchecked too: nimbus throws e.g. NullPointerException for a header that is JSON null.
      return Optional.empty();
    }
  }

  private Optional<AccessTokenClaims> claimsOf(JWTClaimsSet claims) throws ParseException {
    Date expiry = claims.getExpirationTime();
    String email = claims.getStringClaim(EMAIL);
    List<String> roles = claims.getStringListClaim(ROLES);
    if (!issuer.equals(claims.getIssuer())
        || claims.getSubject() == null
        || email == null
        || roles == null
        || expiry == null
        || !clock.instant().isBefore(expiry.toInstant())) {
      return Optional.empty();
    }
    long userId = Long.parseLong(claims.getSubject());
    return Optional.of(new AccessTokenClaims(userId, email, Set.copyOf(roles), expiry.toInstant()));
  }
}
