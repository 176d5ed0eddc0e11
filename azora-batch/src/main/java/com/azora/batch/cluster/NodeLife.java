package com.azora.batch.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * Who this JVM is: the Payara instance name and host ({@link #instance()}), plus a start id drawn
 * once per JVM, so an instance restarted under the same name is a new life ({@link #id()}) and its
 * previous life's runs can be told apart from its own.
 */
public final class NodeLife {

  private static final String INSTANCE = instanceName();
  private static final String ID = INSTANCE + "#" + UUID.randomUUID().toString().substring(0, 8);

  private NodeLife() {}

  /** instance@host, the same across restarts. */
  public static String instance() {
    return INSTANCE;
  }

  /** instance@host#start-id, new in every JVM. */
  public static String id() {
    return ID;
  }

  private static String instanceName() {
    String instance = System.getProperty("com.sun.aas.instanceName");
    try {
      String host = InetAddress.getLocalHost().getHostName();
      return instance == null ? host : instance + "@" + host;
    } catch (UnknownHostException e) {
      return instance == null ? "unknown" : instance;
    }
  }
}
