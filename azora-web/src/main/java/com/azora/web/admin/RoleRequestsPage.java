package com.azora.web.admin;

import com.azora.identity.application.RoleRequestView;
import com.azora.identity.application.UserAdminService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Pending EDUCATOR/EMPLOYER requests, approved or rejected with a note. */
@Named
@ViewScoped
public class RoleRequestsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserAdminService admin;

  private List<RoleRequestView> pending;
  private String note;

  @PostConstruct
  void load() {
    pending = admin.pendingRoleRequests();
  }

  public void decide(long requestId, boolean approve) {
    try {
      admin.decideRoleRequest(requestId, approve, note, Faces.ip());
      Faces.info(approve ? "Request approved; the role is granted." : "Request rejected.");
      note = null;
    } catch (DomainException e) {
      Faces.show(e, null);
    }
    load();
  }

  public List<RoleRequestView> getPending() {
    return pending;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
