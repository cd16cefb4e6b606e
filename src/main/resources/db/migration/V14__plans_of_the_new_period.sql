-- Plans of the new period (issue 12): a closed plan is read-only (no task, assignment or progress change) but
-- stays on the board and in every report; each field of a plan may name the working group that follows it and
-- its lead unit (the combined committee's groups for digital transformation, Project 06, ...).
ALTER TABLE plan ADD COLUMN closed_at DATETIME(6) NULL;
ALTER TABLE plan ADD COLUMN closed_by VARCHAR(60) NULL;

ALTER TABLE plan_field ADD COLUMN working_group VARCHAR(200) NULL;
ALTER TABLE plan_field ADD COLUMN lead_unit_id BIGINT NULL;
ALTER TABLE plan_field ADD CONSTRAINT fk_plan_field_lead_unit FOREIGN KEY (lead_unit_id) REFERENCES unit (id);
