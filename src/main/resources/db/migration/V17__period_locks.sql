-- Locked reporting periods (issue 14, SPEC 4a): a month or a quarter the secretary has closed, so that the figures
-- shown at a meeting stay the same afterwards. While a row is here nothing dated in [period_from, period_to] changes;
-- unlocking deletes the row (the audit trail keeps who locked and unlocked it, and why).
CREATE TABLE period_lock (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    locked_at DATETIME(6) NOT NULL,
    locked_by VARCHAR(60) NOT NULL,
    CONSTRAINT uq_period_lock_from UNIQUE (period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
