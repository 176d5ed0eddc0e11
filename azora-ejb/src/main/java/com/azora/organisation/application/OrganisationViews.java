package com.azora.organisation.application;

import java.io.Serializable;
import java.time.Instant;

/** What the organisations admin page shows. */
public final class OrganisationViews {

  private OrganisationViews() {}

  public record Organisation(long id, String name, long members, Instant createdAt)
      implements Serializable {}

  public record Member(long userId, String email, String displayName, Instant addedAt)
      implements Serializable {}
}
