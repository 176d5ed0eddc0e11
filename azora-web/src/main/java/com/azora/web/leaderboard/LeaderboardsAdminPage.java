package com.azora.web.leaderboard;

import com.azora.batch.leaderboard.LeaderboardRecompute;
import com.azora.leaderboard.application.LeaderboardAdminService;
import com.azora.leaderboard.application.LeaderboardViews.Run;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /admin/leaderboards: recent recomputation runs and "Recompute now". */
@Named
@ViewScoped
public class LeaderboardsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LeaderboardAdminService admin;
  @EJB private LeaderboardRecompute recompute;

  private final PagedModel<Run> runs = new PagedModel<>((first, size) -> admin.runs(first, size));

  public void recomputeNow() {
    try {
      admin.assertCanRecompute();
      long execution = recompute.now();
      Faces.info("Recomputation started (job execution " + execution + ").");
    } catch (DomainException e) {
      Faces.show(e, "recompute");
    }
  }

  public PagedModel<Run> getRuns() {
    return runs;
  }
}
