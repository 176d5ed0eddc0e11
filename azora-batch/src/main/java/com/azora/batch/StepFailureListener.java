package com.azora.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Puts a failed step's exception into its exit status: the runtime keeps no exception a console
 * could read later, but it does keep the exit status of every step execution.
 */
@Dependent
@Named("stepFailureRecorder")
public class StepFailureListener extends AbstractStepListener {

  static final int MAX_EXIT_STATUS = 500;

  @Inject private StepContext step;

  @Override
  public void afterStep() {
    Exception e = step.getException();
    if (e != null) {
      step.setExitStatus(exitStatus(e));
    }
  }

  /** "FAILED: Type: message" of the root cause, short enough for the runtime's column. */
  static String exitStatus(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = "FAILED: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    return text.length() > MAX_EXIT_STATUS ? text.substring(0, MAX_EXIT_STATUS) : text;
  }
}
