package com.azora.web.organisation;

import com.azora.organisation.application.OrganisationAdminService;
import com.azora.organisation.application.OrganisationViews.Member;
import com.azora.organisation.application.OrganisationViews.Organisation;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /admin/organisations: create organisations, pick one, add and remove its members by email. */
@Named
@ViewScoped
public class OrganisationsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationAdminService admin;

  private String name;
  private Long selected;
  private String selectedName;
  private String email;
  private final PagedModel<Organisation> organisations =
      new PagedModel<>((first, size) -> admin.organisations(first, size));
  private final PagedModel<Member> members =
      new PagedModel<>((first, size) -> admin.members(selected, first, size));

  public void create() {
    try {
      long id = admin.create(name);
      Faces.info("Organisation “" + name.strip() + "” created.");
      name = null;
      select(id);
    } catch (DomainException e) {
      Faces.show(e, "create");
    }
  }

  public void select(long id) {
    try {
      selectedName = admin.name(id);
      selected = id;
      email = null;
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public void addMember() {
    if (selected == null) {
      Faces.error(null, "Choose an organisation first.");
      return;
    }
    try {
      admin.addMember(selected, email);
      Faces.info(email.strip() + " added to “" + selectedName + "”.");
      email = null;
    } catch (DomainException e) {
      Faces.show(e, "members");
    }
  }

  public void removeMember(long userId) {
    try {
      admin.removeMember(selected, userId);
      Faces.info("Member removed from “" + selectedName + "”.");
    } catch (DomainException e) {
      Faces.show(e, "members");
    }
  }

  public PagedModel<Organisation> getOrganisations() {
    return organisations;
  }

  public PagedModel<Member> getMembers() {
    return members;
  }

  public Long getSelected() {
    return selected;
  }

  public String getSelectedName() {
    return selectedName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
