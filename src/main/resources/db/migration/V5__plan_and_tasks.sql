-- The five-year PAR plan, its fields, its tasks, their assignments to units, and the progress the units
-- report (SPEC 2 "Plan", "Task", "Assignment", "Progress report", "Completion review").
CREATE TABLE plan (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    start_year  INT          NOT NULL,
    end_year    INT          NOT NULL,
    is_current  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE plan_field (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    version   BIGINT       NOT NULL DEFAULT 0,
    plan_id   BIGINT       NOT NULL,
    code      VARCHAR(20)  NOT NULL,
    position  INT          NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_vi   VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_field_code UNIQUE (plan_id, code),
    CONSTRAINT fk_plan_field_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE task (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    plan_id           BIGINT        NOT NULL,
    field_id          BIGINT        NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    description       VARCHAR(4000) NULL,
    expected_output   VARCHAR(2000) NULL,
    evidence_required VARCHAR(2000) NULL,
    start_date        DATE          NULL,
    deadline          DATE          NOT NULL,
    priority          VARCHAR(10)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    progress          INT           NOT NULL DEFAULT 0,
    done_late         BOOLEAN       NOT NULL DEFAULT FALSE,
    lead_unit_id      BIGINT        NOT NULL,
    index_criterion   VARCHAR(100)  NULL,
    cancel_reason     VARCHAR(1000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_task_code UNIQUE (code),
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_task_field FOREIGN KEY (field_id) REFERENCES plan_field (id),
    CONSTRAINT fk_task_lead_unit FOREIGN KEY (lead_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The board pages by status and by deadline order (code breaks ties), so both orders have an index that
-- returns the first page without sorting the whole plan (see docs/PERFORMANCE.md).
CREATE INDEX ix_task_board ON task (plan_id, status, deadline, code);
CREATE INDEX ix_task_plan_deadline ON task (plan_id, deadline, code);
CREATE INDEX ix_task_field ON task (field_id, deadline);

CREATE TABLE assignment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    task_id        BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    is_lead        BOOLEAN       NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    progress       INT           NOT NULL DEFAULT 0,
    deadline       DATE          NOT NULL,
    last_report_at DATETIME(6)   NULL,
    reported_on    DATE          NULL,
    done_on        DATE          NULL,
    done_late      BOOLEAN       NOT NULL DEFAULT FALSE,
    return_reason  VARCHAR(1000) NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assignment_task_unit UNIQUE (task_id, unit_id),
    CONSTRAINT fk_assignment_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_assignment_unit ON assignment (unit_id, status, deadline);
CREATE INDEX ix_assignment_status ON assignment (status, deadline);

-- Append-only: a report is never edited; a later one supersedes it.
CREATE TABLE progress_report (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    percent       INT           NOT NULL,
    note          VARCHAR(2000) NULL,
    reported_by   VARCHAR(60)   NOT NULL,
    reported_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_progress_report_assignment ON progress_report (assignment_id, reported_at);

-- Evidence files live in the database so that every application node can serve them.
CREATE TABLE evidence (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    report_id    BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NULL,
    content_type VARCHAR(120)  NULL,
    size_bytes   BIGINT        NOT NULL DEFAULT 0,
    url          VARCHAR(1000) NULL,
    content      LONGBLOB      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES progress_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_evidence_report ON evidence (report_id);
