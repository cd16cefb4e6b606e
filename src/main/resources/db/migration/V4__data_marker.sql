-- One-off data loads that already ran (demo data parts), so a restart never reloads over users' changes.
CREATE TABLE data_marker (
    name       VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
