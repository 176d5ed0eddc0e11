package com.azora.batch.maintenance;

import com.azora.batch.BatchJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Starts the housekeeping job every night; running it twice is harmless (deletes only). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyMaintenance {

  @EJB private BatchJobs jobs;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void cleanUp() {
    jobs.start("identity-cleanup", null);
  }
}
