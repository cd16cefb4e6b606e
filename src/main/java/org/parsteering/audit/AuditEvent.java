package org.parsteering.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed field (or one action) of one entity. Immutable: audit rows are never edited. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    static final int VALUE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_key", nullable = false, length = 80)
    private String entityKey;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "field", length = 60)
    private String field;

    @Column(name = "old_value", length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    private String newValue;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            String unitCode,
            String entityType,
            String entityKey,
            String action,
            String field,
            String oldValue,
            String newValue) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.unitCode = unitCode;
        this.entityType = entityType;
        this.entityKey = entityKey;
        this.action = action;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String s) {
        return s == null || s.length() <= VALUE_LENGTH ? s : s.substring(0, VALUE_LENGTH - 1) + "…";
    }

    AuditEntry toEntry() {
        return new AuditEntry(
                id, occurredAt, actor, unitCode, entityType, entityKey, action, field, oldValue, newValue);
    }
}
