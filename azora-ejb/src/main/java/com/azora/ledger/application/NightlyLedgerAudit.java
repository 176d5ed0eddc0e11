package com.azora.ledger.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Checks the books every night; a failure reaches admins by mail (see LedgerAuditService). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyLedgerAudit {

  @EJB private LedgerAuditService audit;

  @Schedule(hour = "2", minute = "41", persistent = false)
  void audit() {
    audit.runScheduled();
  }
}
