package com.azora.web.admin;

import com.azora.identity.application.AuditFilter;
import com.azora.identity.application.AuditQueryService;
import com.azora.identity.application.SecurityEventView;
import com.azora.identity.domain.SecurityEventType;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The security audit log, filtered by email, event type and date range (UTC). */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditQueryService audit;

  private String email;
  private SecurityEventType type;
  private LocalDate from;
  private LocalDate to;
  private final PagedModel<SecurityEventView> events =
      new PagedModel<>((first, size) -> audit.search(filter(), first, size));

  private AuditFilter filter() {
    return new AuditFilter(
        email,
        type,
        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  public SecurityEventType[] getTypes() {
    return SecurityEventType.values();
  }

  public PagedModel<SecurityEventView> getEvents() {
    return events;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public SecurityEventType getType() {
    return type;
  }

  public void setType(SecurityEventType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
