package com.azora.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;

/**
 * The only caller of {@link JobOperator}. Runs outside JTA transactions: Payara creates its batch
 * tables lazily on first use, and DDL inside a transaction would be lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

  public long start(String jobName, Properties parameters) {
    return operator().start(jobName, parameters == null ? new Properties() : parameters);
  }

  public BatchStatus status(long executionId) {
    JobExecution e = operator().getJobExecution(executionId);
    return e.getBatchStatus();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
