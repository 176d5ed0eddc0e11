package com.azora.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The block of ports one Azora instance uses, as Payara's {@code --portbase} lays them out: HTTP at
 * base + 80, admin at base + 48, and so on. The embedded PostgreSQL and a test SMTP server take
 * offsets Payara leaves free, so one base number keeps instances apart.
 */
public record PortBase(int base) {

  public static final int DEFAULT = 8000;

  /** Offsets Payara's create-domain assigns (HTTP, HTTPS, admin, IIOP, JMS, JMX, OSGi, debug). */
  private static final List<Integer> PAYARA_OFFSETS =
      List.of(80, 81, 48, 37, 38, 39, 76, 86, 66, 9, 49, 59);

  private static final int EMBEDDED_DB_OFFSET = 32;
  private static final int SMTP_OFFSET = 25;

  public PortBase {
    if (base < 1024 || base + 99 > 65535) {
      throw new IllegalArgumentException(
          "Port base must be between 1024 and 65436 (it uses base..base+99), not " + base);
    }
  }

  public static PortBase parse(String value) {
    try {
      return new PortBase(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Port base must be a number, not '" + value + "'", e);
    }
  }

  public int http() {
    return base + 80;
  }

  public int https() {
    return base + 81;
  }

  public int admin() {
    return base + 48;
  }

  /** Default port of the embedded PostgreSQL. */
  public int embeddedDatabase() {
    return base + EMBEDDED_DB_OFFSET;
  }

  /** Port for a test SMTP server next to the instance. */
  public int smtp() {
    return base + SMTP_OFFSET;
  }

  /** Every port this instance may bind, Payara's and the extras. */
  public List<Integer> allPorts() {
    return Stream.concat(PAYARA_OFFSETS.stream(), Stream.of(EMBEDDED_DB_OFFSET, SMTP_OFFSET))
        .map(offset -> base + offset)
        .toList();
  }

  public String httpUrl() {
    return "http://localhost:" + http() + "/";
  }

  /**
   * A base whose ports are all free right now, picked at random below Linux's ephemeral range
   * (32768+) so that outgoing connections do not take its ports later.
   */
  public static PortBase findFree(RandomGenerator random) {
    for (int attempt = 0; attempt < 200; attempt++) {
      PortBase candidate = new PortBase(100 * (100 + random.nextInt(220)));
      if (candidate.allPorts().stream().allMatch(PortBase::isFree)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No free block of 100 ports found between 10000 and 32000");
  }

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
