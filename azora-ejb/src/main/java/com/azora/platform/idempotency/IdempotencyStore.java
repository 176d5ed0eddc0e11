package com.azora.platform.idempotency;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Keeps one record per (user, idempotency key). Every method runs and commits in its own
 * transaction: a claim must be visible to concurrent requests before the business work starts, and
 * the stored response must survive whatever the business transaction did.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

  /** How long a response is kept and replayed. */
  public static final String RETENTION = "24 hours";

  /**
   * A claim whose request never stored a response (the node died mid-request) may be taken over
   * after this long.
   */
  public static final String ABANDONED_AFTER = "10 minutes";

  @PersistenceContext private EntityManager em;

  /**
   * Claims the key for this request. The insert is the whole race: exactly one concurrent request
   * inserts the row, the others find it.
   */
  public Claim claim(long userId, String key, String requestHash) {
    // A record deleted between the insert and the read (released, purged) is claimed again.
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Claim> claim = tryClaim(userId, key, requestHash);
      if (claim.isPresent()) {
        return claim.get();
      }
    }
    return new Claim.Running();
  }

  private Optional<Claim> tryClaim(long userId, String key, String requestHash) {
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_record (user_id, idem_key, request_hash)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, userId)
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .executeUpdate();
    if (inserted == 1) {
      return Optional.of(new Claim.Won());
    }
    // An expired or abandoned record is taken over by one request (the update locks the row).
    int takenOver =
        em.createNativeQuery(
                "update idempotency_record set request_hash = ?3, created_at = now(),"
                    + " status = null, content_type = null, body = null, completed_at = null"
                    + " where user_id = ?1 and idem_key = ?2 and (created_at < now() - interval '"
                    + RETENTION
                    + "' or (status is null and created_at < now() - interval '"
                    + ABANDONED_AFTER
                    + "'))")
            .setParameter(1, userId)
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .executeUpdate();
    if (takenOver == 1) {
      return Optional.of(new Claim.Won());
    }
    return find(userId, key, requestHash);
  }

  /** What the key holds now for this request: finished, still running, or used differently. */
  public Optional<Claim> find(long userId, String key, String requestHash) {
    List<?> rows =
        em.createNativeQuery(
                "select request_hash, status, content_type, body from idempotency_record"
                    + " where user_id = ?1 and idem_key = ?2")
            .setParameter(1, userId)
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    if (!requestHash.equals(row[0])) {
      return Optional.of(new Claim.Mismatch());
    }
    if (row[1] == null) {
      return Optional.of(new Claim.Running());
    }
    return Optional.of(
        new Claim.Done(
            new StoredResponse(
                ((Number) row[1]).intValue(),
                (String) row[2],
                row[3] == null ? new byte[0] : (byte[]) row[3])));
  }

  /** Stores the first response of a claimed request. */
  public void complete(long userId, String key, StoredResponse response) {
    em.createNativeQuery(
            "update idempotency_record set status = ?3, content_type = ?4, body = ?5,"
                + " completed_at = now() where user_id = ?1 and idem_key = ?2 and status is null")
        .setParameter(1, userId)
        .setParameter(2, key)
        .setParameter(3, response.status())
        .setParameter(4, response.contentType())
        .setParameter(5, response.body())
        .executeUpdate();
  }

  /** Gives up a claim whose response could not be stored, so a retry runs the request again. */
  public void release(long userId, String key) {
    em.createNativeQuery(
            "delete from idempotency_record where user_id = ?1 and idem_key = ?2 and status is null")
        .setParameter(1, userId)
        .setParameter(2, key)
        .executeUpdate();
  }

  /** Deletes records past their retention; returns how many. */
  public int purgeExpired() {
    return em.createNativeQuery(
            "delete from idempotency_record where created_at < now() - interval '"
                + RETENTION
                + "'")
        .executeUpdate();
  }
}
