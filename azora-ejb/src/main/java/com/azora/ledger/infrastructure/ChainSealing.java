package com.azora.ledger.infrastructure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals booked transactions into the hash chain shortly after they commit: a sweep every second on
 * every node asks for a pass, and passes coalesce (one runs at a time per node, taking whatever has
 * accumulated, whichever node booked it). Postings therefore never wait for the chain head; only
 * this sealer does.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainSealing {

  private static final Logger LOG = Logger.getLogger(ChainSealing.class.getName());
  static final int BATCH = 1000;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean pending = new AtomicBoolean();

  @EJB private ChainSealBatch batch;
  @EJB private ChainSealing self;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void sweep() {
    kick();
  }

  private void kick() {
    pending.set(true);
    if (running.compareAndSet(false, true)) {
      self.drain();
    }
  }

  @Asynchronous
  public void drain() {
    try {
      while (pending.getAndSet(false)) {
        while (batch.seal(BATCH, false) == BATCH) {
          // more were waiting than one pass takes
        }
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Sealing the ledger chain failed; the next commit or sweep retries", e);
    } finally {
      running.set(false);
    }
    if (pending.get() && running.compareAndSet(false, true)) {
      self.drain();
    }
  }

  /** Seals everything committed so far, waiting for a pass at work; before a chain check. */
  public int sealAll() {
    int total = 0;
    int n;
    do {
      n = batch.seal(BATCH, true);
      total += n;
    } while (n == BATCH);
    return total;
  }
}
