package com.azora.batch.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two clocks of every node. Non-persistent schedules on purpose: a persistent one fires on one
 * instance of a cluster, but every life must beat and every node must be able to take over. Bean
 * concurrency, so a slow takeover never delays a beat.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NodeWatch {

  private static final Logger LOG = Logger.getLogger(NodeWatch.class.getName());

  @EJB private Heartbeats heartbeats;
  @EJB private Takeovers takeovers;

  @PostConstruct
  void firstBeat() {
    LOG.info(() -> "Batch node life " + NodeLife.id());
    beat();
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "node-heartbeat")
  void beat() {
    try {
      heartbeats.beat();
    } catch (RuntimeException e) {
      // Before Flyway ran, or the database is away: the next beat retries.
      LOG.log(Level.WARNING, "Heartbeat failed: " + e.getMessage(), e);
    }
  }

  @Schedule(second = "5/30", minute = "*", hour = "*", persistent = false, info = "batch-watchdog")
  void watch() {
    try {
      takeovers.pass();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Batch watchdog pass failed: " + e.getMessage(), e);
    }
  }
}
