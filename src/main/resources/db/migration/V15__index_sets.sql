-- Index sets and scores (issue 13, SPEC 3a): the PAR INDEX and the Decision 766 score as trees of criteria with
-- maximum points, assessment rounds with self-assessment, appraisal, appeal and publication, the evidence of a
-- self-assessed score, and the plan's tasks tied to criteria.
CREATE TABLE index_set (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    -- the sets of one index over the years (a set copied to a new year keeps it): "the previous round" is the
    -- latest earlier round of a set of the same family
    family VARCHAR(40) NOT NULL,
    name_vi VARCHAR(300) NOT NULL,
    name_en VARCHAR(300) NOT NULL,
    year_of_set INT NOT NULL,
    legal_basis VARCHAR(300) NULL,
    unit_types VARCHAR(200) NOT NULL,
    max_points DECIMAL(7, 2) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    CONSTRAINT uq_index_set_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The bands of a set, highest first: a unit is in the first band whose lower bound its percent reaches.
CREATE TABLE index_band (
    set_id BIGINT NOT NULL,
    position INT NOT NULL,
    name_vi VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    lower_percent DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (set_id, position),
    CONSTRAINT fk_index_band_set FOREIGN KEY (set_id) REFERENCES index_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The tree of a set: areas (level 1), criteria, sub-criteria, up to level 4. The points are scored on the
-- leaves; an inner item's points are its children's sum. min_points is below 0 only for bonus/penalty items.
CREATE TABLE index_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    set_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    parent_id BIGINT NULL,
    position INT NOT NULL,
    item_level INT NOT NULL,
    title_vi VARCHAR(500) NOT NULL,
    title_en VARCHAR(500) NULL,
    max_points DECIMAL(7, 2) NOT NULL,
    min_points DECIMAL(7, 2) NOT NULL DEFAULT 0,
    method VARCHAR(20) NOT NULL,
    rule_text VARCHAR(200) NULL,
    evidence_required BOOLEAN NOT NULL DEFAULT FALSE,
    guidance VARCHAR(2000) NULL,
    CONSTRAINT uq_index_item_code UNIQUE (set_id, code),
    CONSTRAINT fk_index_item_set FOREIGN KEY (set_id) REFERENCES index_set (id),
    CONSTRAINT fk_index_item_parent FOREIGN KEY (parent_id) REFERENCES index_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A round: one set scored for a year's assessed units. period_from/period_to: the figures' period of FORMULA
-- and TASKS items (the year, or a month or quarter for the 766 score).
CREATE TABLE index_round (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    set_id BIGINT NOT NULL,
    round_year INT NOT NULL,
    state VARCHAR(20) NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    self_due DATE NOT NULL,
    appraisal_due DATE NOT NULL,
    appeal_due DATE NULL,
    opened_at DATETIME(6) NOT NULL,
    opened_by VARCHAR(60) NOT NULL,
    published_at DATETIME(6) NULL,
    published_by VARCHAR(60) NULL,
    CONSTRAINT uq_index_round UNIQUE (set_id, round_year),
    CONSTRAINT fk_index_round_set FOREIGN KEY (set_id) REFERENCES index_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The units a round assesses, and when each submitted its self-assessment.
CREATE TABLE index_round_unit (
    round_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    submitted_at DATETIME(6) NULL,
    submitted_by VARCHAR(60) NULL,
    PRIMARY KEY (round_id, unit_id),
    CONSTRAINT fk_index_round_unit_round FOREIGN KEY (round_id) REFERENCES index_round (id),
    CONSTRAINT fk_index_round_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One unit's score of one leaf item in a round. Final: decided appeal, else appraised, else self (MANUAL);
-- computed (FORMULA, TASKS: frozen at publication) or imported (IMPORTED) otherwise.
CREATE TABLE index_score (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    round_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    self_points DECIMAL(7, 2) NULL,
    self_comment VARCHAR(2000) NULL,
    no_evidence_reason VARCHAR(2000) NULL,
    self_at DATETIME(6) NULL,
    self_by VARCHAR(60) NULL,
    appraised_points DECIMAL(7, 2) NULL,
    appraisal_reason VARCHAR(2000) NULL,
    appraised_at DATETIME(6) NULL,
    appraised_by VARCHAR(60) NULL,
    appeal_reason VARCHAR(2000) NULL,
    appeal_at DATETIME(6) NULL,
    appeal_by VARCHAR(60) NULL,
    appeal_decision VARCHAR(20) NULL,
    decided_points DECIMAL(7, 2) NULL,
    decision_note VARCHAR(2000) NULL,
    decided_at DATETIME(6) NULL,
    decided_by VARCHAR(60) NULL,
    computed_points DECIMAL(7, 2) NULL,
    computed_note VARCHAR(300) NULL,
    imported_points DECIMAL(7, 2) NULL,
    imported_note VARCHAR(500) NULL,
    final_points DECIMAL(7, 2) NULL,
    CONSTRAINT uq_index_score UNIQUE (round_id, unit_id, item_id),
    CONSTRAINT fk_index_score_round FOREIGN KEY (round_id) REFERENCES index_round (id),
    CONSTRAINT fk_index_score_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_index_score_item FOREIGN KEY (item_id) REFERENCES index_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_index_score_unit ON index_score (unit_id, round_id);

-- Evidence of a self-assessed score: files in the database (every node serves them) or links.
CREATE TABLE index_evidence (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id VARCHAR(40) NOT NULL,
    score_id BIGINT NOT NULL,
    file_name VARCHAR(255) NULL,
    content_type VARCHAR(100) NULL,
    size_bytes BIGINT NOT NULL,
    url VARCHAR(1000) NULL,
    content LONGBLOB NULL,
    added_at DATETIME(6) NOT NULL,
    added_by VARCHAR(60) NOT NULL,
    CONSTRAINT uq_index_evidence_public UNIQUE (public_id),
    CONSTRAINT fk_index_evidence_score FOREIGN KEY (score_id) REFERENCES index_score (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_index_evidence_score ON index_evidence (score_id);

-- A plan task tied to criteria (SPEC 2): the task page shows the points at stake, TASKS items score from them.
CREATE TABLE task_criterion (
    task_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, item_id),
    CONSTRAINT fk_task_criterion_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_task_criterion_item FOREIGN KEY (item_id) REFERENCES index_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_task_criterion_item ON task_criterion (item_id);
