package com.azora.web.leaderboard;

import com.azora.leaderboard.application.LeaderboardService;
import com.azora.leaderboard.application.LeaderboardViews.Choice;
import com.azora.leaderboard.application.LeaderboardViews.Line;
import com.azora.leaderboard.application.LeaderboardViews.Snapshot;
import com.azora.leaderboard.domain.Board;
import com.azora.leaderboard.domain.BoardRef;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /learn/leaderboard: one board (global, weekly, monthly, a course, one of my organisations), 50
 * lines a page, and the caller's own line even when it is far down. The poll re-reads only which
 * generation is current, so a swap shows a whole new board and never half of one.
 */
@Named
@ViewScoped
public class LeaderboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LeaderboardService leaderboards;

  private String board = "global";
  private Long course;
  private Long org;
  private BoardRef ref;
  private Snapshot snapshot = Snapshot.none();
  private Line mine;
  private String title;
  private List<Choice> courses;
  private List<Choice> organisations;
  private Long chosenCourse;
  private final PagedModel<Line> lines =
      new PagedModel<>((first, size) -> leaderboards.page(ref, snapshot.generation(), first, size));

  /** Reads the parameters; a course or organisation that is not there (for me) is a 404. */
  public void load() {
    try {
      ref = BoardRef.of(Board.parse(board), course, org);
    } catch (DomainException e) {
      ref = BoardRef.of(Board.GLOBAL);
      Faces.error(null, e.getMessage());
    }
    try {
      title = leaderboards.title(ref);
      courses = leaderboards.myCourses();
      organisations = leaderboards.myOrganisations();
      chosenCourse = ref.board() == Board.COURSE ? ref.scope() : null;
      refresh();
    } catch (DomainException e) {
      Faces.notFound(e.getMessage());
    }
  }

  /** The poll: switches to a newer generation when one was swapped in. */
  public void refresh() {
    snapshot = leaderboards.current();
    try {
      mine = leaderboards.mine(ref, snapshot.generation()).orElse(null);
    } catch (DomainException e) {
      // Removed from the organisation while looking at its board.
      mine = null;
      Faces.error(null, e.getMessage());
    }
  }

  /** Shows the chosen course's board. */
  public void filter() {
    if (chosenCourse == null) {
      Faces.error("courseForm:course", "Choose a course.");
      return;
    }
    Faces.redirect("/learn/leaderboard.xhtml?board=course&course=" + chosenCourse);
  }

  public boolean isActive(String name) {
    return ref != null && ref.board() == Board.parse(name);
  }

  public boolean isActiveOrg(long id) {
    return ref != null && ref.board() == Board.ORG && ref.scope() == id;
  }

  public PagedModel<Line> getLines() {
    return lines;
  }

  public Snapshot getSnapshot() {
    return snapshot;
  }

  public Line getMine() {
    return mine;
  }

  public String getTitle() {
    return title;
  }

  public List<Choice> getCourses() {
    return courses;
  }

  public List<Choice> getOrganisations() {
    return organisations;
  }

  public Long getChosenCourse() {
    return chosenCourse;
  }

  public void setChosenCourse(Long chosenCourse) {
    this.chosenCourse = chosenCourse;
  }

  public String getBoard() {
    return board;
  }

  public void setBoard(String board) {
    this.board = board;
  }

  public Long getCourse() {
    return course;
  }

  public void setCourse(Long course) {
    this.course = course;
  }

  public Long getOrg() {
    return org;
  }

  public void setOrg(Long org) {
    this.org = org;
  }
}
