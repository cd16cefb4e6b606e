-- A token that every change to what the figures are computed from (dossiers, signature reports, units)
-- replaces, in the same transaction: cached figures are keyed by it, so no node ever serves figures of
-- older data. A random token, not a counter: a rolled-back change can never make an old token current again.
CREATE TABLE data_version (
    name  VARCHAR(40) NOT NULL,
    token VARCHAR(40) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO data_version (name, token) VALUES ('figures', 'initial');
