package com.azora.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeyedReaderTest {

  /** Ids in a table; what a page query sees. */
  private static final class Table extends KeyedReader {
    final TreeSet<Long> rows = new TreeSet<>();
    final List<Long> queriedAfter = new ArrayList<>();

    @Override
    protected List<Long> next(long after, int max) {
      queriedAfter.add(after);
      return rows.tailSet(after, false).stream().limit(max).toList();
    }

    @Override
    protected int pageSize() {
      return 2;
    }
  }

  private static List<Long> readAll(KeyedReader r) {
    List<Long> read = new ArrayList<>();
    for (Object id = r.readItem(); id != null; id = r.readItem()) {
      read.add((Long) id);
    }
    return read;
  }

  @Test
  void readsPageByPageAndCheckpointsTheLastId() {
    Table t = new Table();
    t.rows.addAll(List.of(3L, 5L, 8L, 13L, 21L));
    t.open(null);
    assertEquals(3L, t.readItem());
    assertEquals(3L, t.checkpointInfo());
    assertEquals(List.of(5L, 8L, 13L, 21L), readAll(t));
    assertEquals(21L, t.checkpointInfo());
    assertNull(t.readItem());
    assertEquals(List.of(0L, 5L, 13L), t.queriedAfter);
  }

  @Test
  void aRestartResumesAfterTheCheckpointWhateverChangedBeforeIt() {
    Table t = new Table();
    t.rows.addAll(List.of(3L, 5L, 8L, 13L));
    t.open(5L);
    // Rows before the checkpoint settled (gone from the query) or appeared: an offset would shift.
    t.rows.remove(3L);
    t.rows.add(4L);
    assertEquals(List.of(8L, 13L), readAll(t));
    assertEquals(13L, t.checkpointInfo());
  }
}
