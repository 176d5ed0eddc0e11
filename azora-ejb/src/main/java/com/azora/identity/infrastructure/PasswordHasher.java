package com.azora.identity.infrastructure;

import java.util.Map;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider.Parameters;
import org.apache.shiro.lang.util.ByteSource;

/**
 * Argon2id password hashes in Shiro 2's crypt format. Parameters follow OWASP's minimum (19 MiB,
 * two passes, one lane); they are stored inside each hash, so they can be raised later.
 */
public final class PasswordHasher {

  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;

  private static final DefaultPasswordService SERVICE = service();

  /** Verified against when the email is unknown, so both paths cost one Argon2 run. */
  private static final String DUMMY = hash("timing-equaliser-" + System.nanoTime());

  private PasswordHasher() {}

  private static DefaultPasswordService service() {
    DefaultHashService hashes = new DefaultHashService();
    hashes.setDefaultAlgorithmName(Parameters.DEFAULT_ALGORITHM_NAME);
    // Shiro's service ignores its own parameters when hashing, so each request carries them.
    DefaultPasswordService service =
        new DefaultPasswordService() {
          @Override
          protected HashRequest createHashRequest(ByteSource plaintext) {
            return new HashRequest.Builder()
                .setSource(plaintext)
                .setAlgorithmName(Parameters.DEFAULT_ALGORITHM_NAME)
                .withParameters(
                    Map.of(
                        Parameters.PARAMETER_ITERATIONS, String.valueOf(ITERATIONS),
                        Parameters.PARAMETER_MEMORY_KIB, String.valueOf(MEMORY_KIB),
                        Parameters.PARAMETER_PARALLELISM, String.valueOf(PARALLELISM)))
                .build();
          }
        };
    service.setHashService(hashes);
    return service;
  }

  public static String hash(String password) {
    return SERVICE.encryptPassword(password);
  }

  public static boolean matches(String storedHash, String candidate) {
    if (candidate == null || storedHash == null) {
      return false;
    }
    try {
      return SERVICE.passwordsMatch(candidate, storedHash);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Spends the same work as a real check for a user that does not exist. */
  public static void burnEquivalentTime(String candidate) {
    matches(DUMMY, candidate == null ? "" : candidate);
  }
}
