package org.parsteering.audit.ui;

/**
 * One audit row as a person reads it, every column already translated and formatted: when, who (by name),
 * which unit (by name), which record, what was done, which field, and "old → new" in words.
 */
public record AuditLine(
        Long id, String when, String actor, String unit, String record, String action, String field, String change) {}
