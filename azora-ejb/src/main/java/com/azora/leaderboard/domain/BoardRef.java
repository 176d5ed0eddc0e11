package com.azora.leaderboard.domain;

import com.azora.platform.error.DomainException;
import java.util.Objects;

/**
 * One board: its kind and, for course and organisation boards, which one (scope 0 otherwise, as the
 * table stores it).
 */
public record BoardRef(Board board, long scope) {

  public BoardRef {
    Objects.requireNonNull(board, "board");
    if (board.scoped() != (scope > 0)) {
      throw new IllegalArgumentException(board + " with scope " + scope);
    }
  }

  public static BoardRef of(Board board) {
    return new BoardRef(board, 0);
  }

  /**
   * Builds a board from request parameters: a course board needs the course and nothing else, an
   * organisation board the organisation, the others neither.
   */
  public static BoardRef of(Board board, Long course, Long org) {
    Objects.requireNonNull(board, "board");
    return switch (board) {
      case COURSE -> {
        if (course == null || course <= 0) {
          throw DomainException.invalid("course", "Choose a course for a course leaderboard.");
        }
        if (org != null) {
          throw DomainException.invalid("org", "A course leaderboard takes no organisation.");
        }
        yield new BoardRef(board, course);
      }
      case ORG -> {
        if (org == null || org <= 0) {
          throw DomainException.invalid("org", "Choose an organisation for its leaderboard.");
        }
        if (course != null) {
          throw DomainException.invalid("course", "An organisation leaderboard takes no course.");
        }
        yield new BoardRef(board, org);
      }
      default -> {
        if (course != null || org != null) {
          throw DomainException.invalid(
              course != null ? "course" : "org",
              "Only course and organisation leaderboards take a course or organisation.");
        }
        yield of(board);
      }
    };
  }
}
