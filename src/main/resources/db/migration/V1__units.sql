-- Organisational units: the district office, its departments and its communes (SPEC 2 "Unit").
-- Units are never hard-deleted once referenced; active_to closes them while keeping history.
CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    unit_type   VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    active_from DATE         NULL,
    active_to   DATE         NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_unit_type ON unit (unit_type, code);
