package com.azora.web.batch;

import com.azora.batch.console.BatchConsole;
import com.azora.batch.console.BatchConsole.ExecutionRow;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /admin/batch-execution.xhtml?id=: one execution's steps with their metrics and a failed step's
 * error, and the actions its state allows (stop, restart, abandon with a reason).
 */
@Named
@ViewScoped
public class BatchExecutionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BatchConsole console;

  private Long id;
  private ExecutionRow data;
  private String reason;

  public void load() {
    try {
      if (id == null) {
        throw DomainException.notFound("No such execution.");
      }
      data = console.execution(id);
    } catch (DomainException e) {
      Faces.notFound(e.getMessage());
    }
  }

  public void stop() {
    act(
        () -> {
          console.stop(id);
          return "Stop requested for execution " + id + ".";
        });
  }

  public void restart() {
    act(() -> "Restarted as execution " + console.restart(id) + ".");
  }

  public void abandon() {
    act(
        () -> {
          console.abandon(id, reason);
          return "Execution " + id + " abandoned.";
        });
  }

  private void act(java.util.function.Supplier<String> action) {
    try {
      Faces.info(action.get());
    } catch (DomainException e) {
      Faces.show(e, "actions");
    }
    data = console.execution(id);
  }

  public ExecutionRow getData() {
    return data;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
