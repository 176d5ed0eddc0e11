package com.azora.leaderboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azora.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class BoardRefTest {

  @Test
  void boardNamesParseIgnoringCase() {
    assertEquals(Board.WEEKLY, Board.parse(" Weekly "));
    assertEquals(Board.ORG, Board.parse("org"));
    DomainException e = assertThrows(DomainException.class, () -> Board.parse("yearly"));
    assertEquals("board", e.field());
    assertThrows(DomainException.class, () -> Board.parse(null));
  }

  @Test
  void periodBoardsTakeNoScopeAndScopedBoardsNeedOne() {
    assertEquals(new BoardRef(Board.GLOBAL, 0), BoardRef.of(Board.GLOBAL, null, null));
    assertEquals(new BoardRef(Board.COURSE, 12), BoardRef.of(Board.COURSE, 12L, null));
    assertEquals(new BoardRef(Board.ORG, 3), BoardRef.of(Board.ORG, null, 3L));
    assertEquals("course", field(() -> BoardRef.of(Board.COURSE, null, null)));
    assertEquals("course", field(() -> BoardRef.of(Board.COURSE, 0L, null)));
    assertEquals("org", field(() -> BoardRef.of(Board.COURSE, 5L, 2L)));
    assertEquals("org", field(() -> BoardRef.of(Board.ORG, null, -1L)));
    assertEquals("course", field(() -> BoardRef.of(Board.ORG, 4L, 2L)));
    assertEquals("course", field(() -> BoardRef.of(Board.WEEKLY, 4L, null)));
    assertEquals("org", field(() -> BoardRef.of(Board.MONTHLY, null, 4L)));
    assertThrows(IllegalArgumentException.class, () -> new BoardRef(Board.GLOBAL, 1));
    assertThrows(IllegalArgumentException.class, () -> new BoardRef(Board.COURSE, 0));
  }

  private static String field(Runnable r) {
    return assertThrows(DomainException.class, r::run).field();
  }
}
