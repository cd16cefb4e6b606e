-- Two tiers and unit changes (SPEC 2a, issue 12). Unit types PROVINCE, WARD and SPECIAL_ZONE need no schema
-- change (unit.unit_type is a VARCHAR(20)); DISTRICT stays for history.

-- A merge, rename or abolition with its effective date and legal basis. The import's key is (change_date,
-- kind, successor); a plain abolition has no successor and is told apart by its predecessors.
CREATE TABLE unit_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    change_date  DATE         NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    legal_basis  VARCHAR(200) NOT NULL,
    successor_id BIGINT       NULL,
    old_name     VARCHAR(200) NULL,
    new_name     VARCHAR(200) NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_change_key UNIQUE (change_date, kind, successor_id),
    CONSTRAINT fk_unit_change_successor FOREIGN KEY (successor_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The units a change closed. The primary key on unit_id is the rule "a unit is a predecessor in at most one
-- change", kept by the database also when two nodes record changes at once.
CREATE TABLE unit_change_predecessor (
    unit_id   BIGINT NOT NULL,
    change_id BIGINT NOT NULL,
    PRIMARY KEY (unit_id),
    CONSTRAINT fk_ucp_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_ucp_change FOREIGN KEY (change_id) REFERENCES unit_change (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_ucp_change ON unit_change_predecessor (change_id);

-- Which unit carries a closed unit on today, transitively: one row per unit that has a successor (a unit
-- without a row carries itself on). Rewritten in the change's own transaction; the figures of the current
-- structure join it in their aggregate (SPEC 2a "current").
CREATE TABLE unit_lineage (
    unit_id         BIGINT NOT NULL,
    current_unit_id BIGINT NOT NULL,
    PRIMARY KEY (unit_id),
    CONSTRAINT fk_lineage_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_lineage_current FOREIGN KEY (current_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_lineage_current ON unit_lineage (current_unit_id, unit_id);
