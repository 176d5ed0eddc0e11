package com.azora.web.admin;

import com.azora.identity.application.UserAdminService;
import com.azora.identity.application.UserRow;
import com.azora.identity.domain.Role;
import com.azora.identity.domain.UserFilter;
import com.azora.identity.domain.UserStatus;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Admin user list: search, role and status filters, disable and enable. */
@Named
@ViewScoped
public class UsersAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserAdminService admin;

  private String text;
  private Role role;
  private UserStatus status;
  private final PagedModel<UserRow> users =
      new PagedModel<>((first, size) -> admin.search(filter(), first, size));

  private UserFilter filter() {
    return new UserFilter(text, role, status);
  }

  public void setDisabled(long userId, boolean disabled) {
    try {
      admin.setDisabled(userId, disabled, Faces.ip());
      Faces.info(disabled ? "Account disabled; its sessions were ended." : "Account enabled.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public UserStatus[] getStatuses() {
    return UserStatus.values();
  }

  public PagedModel<UserRow> getUsers() {
    return users;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public UserStatus getStatus() {
    return status;
  }

  public void setStatus(UserStatus status) {
    this.status = status;
  }
}
