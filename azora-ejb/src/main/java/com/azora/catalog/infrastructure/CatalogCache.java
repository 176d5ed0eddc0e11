package com.azora.catalog.infrastructure;

import com.azora.catalog.application.CatalogChanged;
import com.azora.learning.infrastructure.LearningEvents;
import com.azora.platform.config.ConfigKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps what anonymous visitors read from the catalog (search pages, filter lists, API responses)
 * for a few seconds ({@link ConfigKey#CATALOG_CACHE_SECONDS}): the same popular searches are asked
 * over and over and the answer is the same for everyone. Changes committed on this node clear it at
 * once (publication, archiving, reviews, enrolments); other cluster nodes see them within the
 * lifetime. Bounded: when full it is cleared rather than grown.
 */
@ApplicationScoped
public class CatalogCache {

  static final int MAX_ENTRIES = 5_000;

  private record Entry(Object value, long generation, long expiresAt) {}

  private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /**
   * The cached value for {@code key}, or {@code loader}'s, kept when the cache is on. A value
   * loaded while a change committed is not kept (its generation is stale).
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> loader) {
    long ttlNanos = ConfigKey.CATALOG_CACHE_SECONDS.asInt() * 1_000_000_000L;
    if (ttlNanos <= 0) {
      return loader.get();
    }
    long now = System.nanoTime();
    long gen = generation.get();
    Entry e = entries.get(key);
    if (e != null && e.generation() == gen && now - e.expiresAt() < 0) {
      return (T) e.value();
    }
    T value = loader.get();
    if (value != null) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(key, new Entry(value, gen, now + ttlNanos));
    }
    return value;
  }

  /** Drops everything (after a change committed). */
  public void clear() {
    generation.incrementAndGet();
    entries.clear();
  }

  void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged e) {
    clear();
  }

  void onLearning(@Observes(during = TransactionPhase.AFTER_SUCCESS) LearningEvents.Recorded e) {
    // Enrolments change the popularity order and counts shown in the catalog.
    if (e.type() == LearningEvents.Type.ENROLMENT_CREATED) {
      clear();
    }
  }
}
