package com.azora.organisation.application;

import com.azora.organisation.application.OrganisationViews.Member;
import com.azora.organisation.application.OrganisationViews.Organisation;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Admins create organisations and add or remove members by email. Names are unique ignoring case
 * and a user belongs to an organisation at most once (the database refuses both too).
 */
@Stateless
@RequiresPermissions(Permissions.USERS_MANAGE)
public class OrganisationAdminService {

  static final int NAME_MAX = 120;

  @PersistenceContext private EntityManager em;

  public PageResult<Organisation> organisations(int first, int size) {
    long total =
        ((Number) em.createNativeQuery("select count(*) from organisation").getSingleResult())
            .longValue();
    List<?> rows =
        em.createNativeQuery(
                "select o.id, o.name, (select count(*) from organisation_member m"
                    + " where m.organisation_id = o.id), o.created_at from organisation o"
                    + " order by lower(o.name), o.id offset ?1 limit ?2")
            .setParameter(1, Math.max(0, first))
            .setParameter(2, clamp(size))
            .getResultList();
    return new PageResult<>(
        rows.stream()
            .map(
                o -> {
                  Object[] r = (Object[]) o;
                  return new Organisation(
                      ((Number) r[0]).longValue(),
                      (String) r[1],
                      ((Number) r[2]).longValue(),
                      ((Timestamp) r[3]).toInstant());
                })
            .toList(),
        total);
  }

  /** Creates an organisation; returns its id. */
  public long create(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw DomainException.invalid("name", "Enter the organisation's name.");
    }
    if (n.length() > NAME_MAX) {
      throw DomainException.invalid("name", "Use at most " + NAME_MAX + " characters.");
    }
    if (!em.createNativeQuery("select 1 from organisation where lower(name) = lower(?1)")
        .setParameter(1, n)
        .getResultList()
        .isEmpty()) {
      throw DomainException.conflict("name", "An organisation with this name exists already.");
    }
    return ((Number)
            em.createNativeQuery(
                    "insert into organisation (name, created_by) values (?1, ?2) returning id")
                .setParameter(1, n)
                .setParameter(2, CurrentUser.id())
                .getSingleResult())
        .longValue();
  }

  /** The organisation's name; not found when it does not exist. */
  public String name(long organisationId) {
    List<?> rows =
        em.createNativeQuery("select name from organisation where id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.notFound("No such organisation.");
    }
    return rows.get(0).toString();
  }

  public PageResult<Member> members(long organisationId, int first, int size) {
    long total =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from organisation_member where organisation_id = ?1")
                    .setParameter(1, organisationId)
                    .getSingleResult())
            .longValue();
    List<?> rows =
        em.createNativeQuery(
                "select u.id, u.email, u.display_name, m.added_at from organisation_member m"
                    + " join app_user u on u.id = m.user_id where m.organisation_id = ?1"
                    + " order by lower(u.email), u.id offset ?2 limit ?3")
            .setParameter(1, organisationId)
            .setParameter(2, Math.max(0, first))
            .setParameter(3, clamp(size))
            .getResultList();
    return new PageResult<>(
        rows.stream()
            .map(
                o -> {
                  Object[] r = (Object[]) o;
                  return new Member(
                      ((Number) r[0]).longValue(),
                      (String) r[1],
                      (String) r[2],
                      ((Timestamp) r[3]).toInstant());
                })
            .toList(),
        total);
  }

  /** Adds the user with this email to the organisation. */
  public void addMember(long organisationId, String email) {
    name(organisationId);
    String e = email == null ? "" : email.strip();
    if (e.isEmpty()) {
      throw DomainException.invalid("email", "Enter the member's email address.");
    }
    List<?> users =
        em.createNativeQuery("select id from app_user where lower(email) = lower(?1)")
            .setParameter(1, e)
            .getResultList();
    if (users.isEmpty()) {
      throw DomainException.invalid("email", "No user has the email address " + e + ".");
    }
    long user = ((Number) users.get(0)).longValue();
    int added =
        em.createNativeQuery(
                "insert into organisation_member (organisation_id, user_id) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, organisationId)
            .setParameter(2, user)
            .executeUpdate();
    if (added == 0) {
      throw DomainException.conflict("email", e + " is already a member.");
    }
  }

  public void removeMember(long organisationId, long userId) {
    int removed =
        em.createNativeQuery(
                "delete from organisation_member where organisation_id = ?1 and user_id = ?2")
            .setParameter(1, organisationId)
            .setParameter(2, userId)
            .executeUpdate();
    if (removed == 0) {
      throw DomainException.notFound("That user is not a member.");
    }
  }

  private static int clamp(int size) {
    return Math.min(Math.max(size, 1), 100);
  }
}
