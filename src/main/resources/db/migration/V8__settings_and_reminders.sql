-- Thresholds and periods of SPEC 3 and 4 that the secretary edits; a setting never saved has its default.
CREATE TABLE setting (
    name       VARCHAR(60)  NOT NULL,
    val        VARCHAR(200) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(60)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Reminders of SPEC 4. At most one unresolved reminder per (rule, unit, subject): open_key holds
-- "rule|unit|subject" until the reminder is resolved, then NULL, and is unique (NULLs do not collide), so
-- even two rule runs at once cannot raise the same reminder twice.
CREATE TABLE reminder (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    rule            VARCHAR(30)   NOT NULL,
    unit_id         BIGINT        NOT NULL,
    subject         VARCHAR(80)   NOT NULL,
    severity        VARCHAR(10)   NOT NULL,
    state           VARCHAR(15)   NOT NULL,
    open_key        VARCHAR(150)  NULL,
    title           VARCHAR(500)  NULL,
    deadline        DATE          NULL,
    numerator       BIGINT        NULL,
    denominator     BIGINT        NULL,
    item_count      BIGINT        NULL,
    codes           VARCHAR(2000) NULL,
    raised_at       DATETIME(6)   NOT NULL,
    checked_at      DATETIME(6)   NOT NULL,
    acknowledged_at DATETIME(6)   NULL,
    acknowledged_by VARCHAR(60)   NULL,
    escalated_at    DATETIME(6)   NULL,
    resolved_at     DATETIME(6)   NULL,
    resolved_by     VARCHAR(60)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reminder_open UNIQUE (open_key),
    CONSTRAINT fk_reminder_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_reminder_state ON reminder (state, raised_at);
CREATE INDEX ix_reminder_unit ON reminder (unit_id, state, raised_at);

-- What happened to a reminder, by whom: raised, acknowledged, escalated, resolved, closed, mailed.
CREATE TABLE reminder_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    reminder_id BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(60)   NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reminder_event FOREIGN KEY (reminder_id) REFERENCES reminder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_reminder_event ON reminder_event (reminder_id, occurred_at);

-- Mail outbox: written in the rule run's transaction, sent afterwards and retried until it goes out, so a
-- mail server that is down neither slows the run nor loses a reminder's mail.
CREATE TABLE reminder_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    reminder_id     BIGINT        NOT NULL,
    kind            VARCHAR(12)   NOT NULL,
    recipient       VARCHAR(200)  NOT NULL,
    username        VARCHAR(60)   NOT NULL,
    locale          VARCHAR(10)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reminder_mail FOREIGN KEY (reminder_id) REFERENCES reminder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_reminder_mail_due ON reminder_mail (status, next_attempt_at);

-- Every rule run: which node, how it was started, what it did (the proof that one node runs a schedule).
CREATE TABLE reminder_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    node        VARCHAR(100) NOT NULL,
    trigger_by  VARCHAR(60)  NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NOT NULL,
    raised      INT          NOT NULL,
    still_open  INT          NOT NULL,
    resolved    INT          NOT NULL,
    escalated   INT          NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- ShedLock's table: scheduled jobs take a lock here (with the database's clock) so one node runs them.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
