package com.azora.identity.application;

import com.azora.identity.domain.Role;
import com.azora.identity.domain.UserAccount;
import com.azora.identity.domain.UserRepository;
import com.azora.identity.infrastructure.PasswordHasher;
import com.azora.platform.config.ConfigKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * In demo mode, seeds one verified account per role into an empty database. The accounts are
 * flagged {@code demo}, and pages mark them visibly.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoSeeder {

  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  /** The demo accounts, in the order the launcher prints them. */
  public static final List<String> ACCOUNTS =
      List.of(
          "student@demo.azora.local",
          "educator@demo.azora.local",
          "employer@demo.azora.local",
          "admin@demo.azora.local");

  @Inject private UserRepository users;
  @Inject private Clock clock;

  @PostConstruct
  void seed() {
    if (!ConfigKey.DEMO.asBoolean() || !users.isEmpty()) {
      return;
    }
    String password = ConfigKey.DEMO_PASSWORD.value();
    Instant now = Instant.now(clock);
    add("student@demo.azora.local", "Demo Student", password, now, Role.STUDENT);
    add("educator@demo.azora.local", "Demo Educator", password, now, Role.EDUCATOR);
    add("employer@demo.azora.local", "Demo Employer", password, now, Role.EMPLOYER);
    add("admin@demo.azora.local", "Demo Admin", password, now, Role.ADMIN);
    LOG.info("Demo mode: seeded " + ACCOUNTS.size() + " demo accounts");
  }

  private void add(String email, String name, String password, Instant now, Role role) {
    UserAccount u = new UserAccount(email, name, PasswordHasher.hash(password), now);
    u.grant(role);
    u.markEmailVerified(now);
    u.markDemo();
    users.add(u);
  }
}
