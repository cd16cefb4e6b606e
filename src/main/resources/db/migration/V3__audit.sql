-- Who changed what, when, from which value to which (SPEC 2 "Audit event"). One row per changed field.
-- Actor and subject are stored by their natural keys so the trail survives deleted accounts.
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(60)   NOT NULL,
    unit_code   VARCHAR(40)   NULL,
    entity_type VARCHAR(40)   NOT NULL,
    entity_key  VARCHAR(80)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    field       VARCHAR(60)   NULL,
    old_value   VARCHAR(1000) NULL,
    new_value   VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_key, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
