package org.parsteering.audit;

import java.time.LocalDate;

/** Filters of the audit log; every one optional. */
public record AuditFilter(String actor, String unitCode, String entityType, LocalDate from, LocalDate to) {}
