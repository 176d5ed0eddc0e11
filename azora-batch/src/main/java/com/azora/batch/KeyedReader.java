package com.azora.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads ids page by page with {@code id > last order by id limit n}, and checkpoints the last id
 * read: a restart resumes after the last committed chunk, whatever was inserted or settled
 * meanwhile (an offset would skip or repeat rows).
 */
public abstract class KeyedReader extends AbstractItemReader {

  private final Deque<Long> page = new ArrayDeque<>();
  private long last;
  private boolean exhausted;

  /** The next ids above {@code after}, ascending, at most {@code max}. */
  protected abstract List<Long> next(long after, int max);

  protected abstract int pageSize();

  @Override
  public void open(Serializable checkpoint) {
    last = checkpoint == null ? 0L : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      List<Long> ids = next(last, pageSize());
      page.addAll(ids);
      exhausted = ids.size() < pageSize();
    }
    Long id = page.poll();
    if (id != null) {
      last = id;
    }
    return id;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
