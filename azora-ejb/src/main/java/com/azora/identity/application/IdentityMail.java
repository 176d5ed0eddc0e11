package com.azora.identity.application;

import com.azora.platform.config.ConfigKey;
import com.azora.platform.mail.Outbox;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The texts of identity emails, queued through the outbox. */
@Dependent
class IdentityMail {

  @EJB private Outbox outbox;

  void verification(String email, String name, String token) {
    outbox.enqueue(
        email,
        "Confirm your Azora email address",
        "Hello "
            + name
            + ",\n\nplease confirm your email address by opening this link within 24 hours:\n\n"
            + link("/verify.xhtml?token=", token)
            + "\n\nIf you did not sign up for Azora, ignore this message.\n",
        "VERIFY_EMAIL");
  }

  void alreadyRegistered(String email) {
    outbox.enqueue(
        email,
        "Someone tried to sign up with your email",
        "Hello,\n\nsomeone tried to create an Azora account with this address, which already has"
            + " one. If it was you, sign in or reset your password:\n\n"
            + link("/forgot.xhtml", "")
            + "\n",
        "ALREADY_REGISTERED");
  }

  void passwordReset(String email, String token) {
    outbox.enqueue(
        email,
        "Reset your Azora password",
        "Hello,\n\nopen this link within 30 minutes to choose a new password:\n\n"
            + link("/reset.xhtml?token=", token)
            + "\n\nIf you did not ask for this, ignore this message; your password stays as it"
            + " is.\n",
        "RESET_PASSWORD");
  }

  void passwordChanged(String email) {
    outbox.enqueue(
        email,
        "Your Azora password was changed",
        "Hello,\n\nthe password of your Azora account was just changed and your other sessions"
            + " were signed out. If this was not you, reset your password now:\n\n"
            + link("/forgot.xhtml", "")
            + "\n",
        "PASSWORD_CHANGED");
  }

  private static String link(String path, String token) {
    String base = ConfigKey.BASE_URL.value().replaceAll("/+$", "");
    return base + path + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
