package org.parsteering.audit;

import java.time.Instant;

/** An audit row as other features and the screens see it. */
public record AuditEntry(
        Long id,
        Instant occurredAt,
        String actor,
        String unitCode,
        String entityType,
        String entityKey,
        String action,
        String field,
        String oldValue,
        String newValue) {}
