-- The administrative-procedure catalogue, the dossiers imported from the provincial system, and the
-- leaders' monthly digital-signature figures (SPEC 2 "Procedure", "Dossier", "Signature report"; SPEC 5).
-- Dossiers and figures are replaced by imports, never edited by hand, so they carry no version column.
CREATE TABLE admin_procedure (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(60)  NOT NULL,
    name         VARCHAR(500) NOT NULL,
    proc_level   VARCHAR(10)  NOT NULL,
    online_level VARCHAR(10)  NOT NULL,
    fee_required BOOLEAN      NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_admin_procedure_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_admin_procedure_level ON admin_procedure (proc_level, online_level);

CREATE TABLE dossier (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    code             VARCHAR(60) NOT NULL,
    unit_id          BIGINT      NOT NULL,
    procedure_id     BIGINT      NOT NULL,
    channel          VARCHAR(10) NOT NULL,
    received_on      DATE        NOT NULL,
    due_on           DATE        NOT NULL,
    completed_on     DATE        NULL,
    components       VARCHAR(10) NOT NULL,
    result_digitized BOOLEAN     NULL,
    result_signed    BOOLEAN     NULL,
    fee_required     BOOLEAN     NOT NULL,
    paid_online      BOOLEAN     NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The figures read dossiers "received up to the end of the period and not completed before its start".
CREATE INDEX ix_dossier_unit_received ON dossier (unit_id, received_on, completed_on);
CREATE INDEX ix_dossier_received ON dossier (received_on, completed_on);
CREATE INDEX ix_dossier_pending ON dossier (completed_on, due_on);

CREATE TABLE signature_report (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    version          BIGINT      NOT NULL DEFAULT 0,
    unit_id          BIGINT      NOT NULL,
    report_month     DATE        NOT NULL,
    documents_issued INT         NOT NULL,
    documents_signed INT         NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_signature_report UNIQUE (unit_id, report_month),
    CONSTRAINT fk_signature_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_signature_report_month ON signature_report (report_month, unit_id);
