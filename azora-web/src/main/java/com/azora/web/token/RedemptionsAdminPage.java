package com.azora.web.token;

import com.azora.platform.error.DomainException;
import com.azora.token.application.RedemptionAdminService;
import com.azora.token.application.TokenViews.CatalogueItem;
import com.azora.token.application.TokenViews.ItemForm;
import com.azora.token.domain.RedemptionType;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The admin's redemption catalogue (add, edit, activate) and burn share per type. */
@Named
@ViewScoped
public class RedemptionsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RedemptionAdminService admin;

  private List<CatalogueItem> items;
  private final Map<RedemptionType, BigDecimal> shares = new EnumMap<>(RedemptionType.class);
  private Long editingId;
  private String name;
  private String description;
  private RedemptionType type = RedemptionType.FEATURE_UNLOCK;
  private BigDecimal price;
  private Long courseId;
  private boolean active = true;

  @PostConstruct
  void load() {
    items = admin.items();
    shares.clear();
    shares.putAll(admin.burnShares());
  }

  public void saveItem() {
    try {
      admin.save(new ItemForm(editingId, name, description, type, price, courseId, active));
      Faces.info(editingId == null ? "Item added." : "Item saved.");
      newItem();
      load();
    } catch (DomainException e) {
      Faces.show(e, "item");
    }
  }

  public void edit(long id) {
    items.stream()
        .filter(i -> i.id() == id)
        .findFirst()
        .ifPresent(
            i -> {
              editingId = i.id();
              name = i.name();
              description = i.description();
              type = i.type();
              price = i.price();
              courseId = i.courseId();
              active = i.active();
            });
  }

  public void newItem() {
    editingId = null;
    name = null;
    description = null;
    type = RedemptionType.FEATURE_UNLOCK;
    price = null;
    courseId = null;
    active = true;
  }

  public void offer(long id, boolean on) {
    admin.setActive(id, on);
    Faces.info(on ? "Item offered again." : "Item withdrawn from the catalogue.");
    load();
  }

  public void saveShares() {
    try {
      admin.saveBurnShares(shares);
      Faces.info("Burn shares saved.");
    } catch (DomainException e) {
      Faces.show(e, "shares");
    }
  }

  public RedemptionType[] getTypes() {
    return RedemptionType.values();
  }

  public List<CatalogueItem> getItems() {
    return items;
  }

  public Map<RedemptionType, BigDecimal> getShares() {
    return shares;
  }

  public Long getEditingId() {
    return editingId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public RedemptionType getType() {
    return type;
  }

  public void setType(RedemptionType type) {
    this.type = type;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
