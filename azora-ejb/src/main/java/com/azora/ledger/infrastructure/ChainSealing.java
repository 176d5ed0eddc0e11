package com.azora.ledger.infrastructure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals booked transactions into the hash chain shortly after they commit: a sweep every second on
 * every node starts a pass when none is at work, and while passes find work they repeat every
 * {@link #PACE} (one runs at a time per node, taking whatever has accumulated, whichever node
 * booked it). Postings therefore never wait for the chain head; only this sealer does. Short passes
 * spread the sealing over the second: one pass a second was a burst of database and CPU time that
 * the requests of that moment waited behind.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainSealing {

  private static final Logger LOG = Logger.getLogger(ChainSealing.class.getName());
  static final int BATCH = 1000;
  static final Duration PACE = Duration.ofMillis(100);

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
        int n;
        while ((n = batch.seal(BATCH, false)) == BATCH) {
          // more were waiting than one pass takes
        }
        if (n > 0) {
          // Work is coming in: look again after a short pause rather than at the next sweep.
          pending.set(true);
          Thread.sleep(PACE.toMillis());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sealing the ledger chain failed; the next sweep retries", e);
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
