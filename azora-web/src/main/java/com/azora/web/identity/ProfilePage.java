package com.azora.web.identity;

import com.azora.identity.application.AccountService;
import com.azora.identity.application.AccountView;
import com.azora.identity.application.ProfileUpdate;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** Edits the caller's profile and avatar. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") || z.equals("UTC"))
          .sorted()
          .toList();

  @EJB private AccountService account;

  private AccountView me;
  private String displayName;
  private String bio;
  private String location;
  private String timeZone;
  private transient UploadedFile avatarFile;

  @PostConstruct
  void load() {
    me = account.me();
    displayName = me.displayName();
    bio = me.bio();
    location = me.location();
    timeZone = me.timeZone();
  }

  public void save() {
    try {
      me =
          account.updateProfile(
              new ProfileUpdate(displayName, bio, location, timeZone), Faces.ip());
      Faces.info("Profile saved.");
    } catch (DomainException e) {
      Faces.show(e, "profile");
    }
  }

  public void uploadAvatar() {
    if (avatarFile == null || avatarFile.getSize() == 0) {
      Faces.error("avatarForm:avatar", "Choose an image file.");
      return;
    }
    try (InputStream in = avatarFile.getInputStream()) {
      account.uploadAvatar(in.readNBytes(8 * 1024 * 1024));
      me = account.me();
      Faces.info("Picture updated.");
    } catch (DomainException e) {
      Faces.show(e, "avatarForm");
    } catch (IOException e) {
      Faces.error("avatarForm:avatar", "The upload did not arrive completely. Try again.");
    }
  }

  public void removeAvatar() {
    account.removeAvatar();
    me = account.me();
    Faces.info("Picture removed.");
  }

  public List<String> getZones() {
    return ZONES;
  }

  public AccountView getMe() {
    return me;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public UploadedFile getAvatarFile() {
    return avatarFile;
  }

  public void setAvatarFile(UploadedFile avatarFile) {
    this.avatarFile = avatarFile;
  }
}
