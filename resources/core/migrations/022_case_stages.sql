-- A cache of each accepted case's current stage and its due date, derived from case_events and
-- the calendar (Workflow::derive), so that case lists can filter a million cases by stage or
-- lateness in SQL. The events stay the truth: a row is rewritten with every recorded event,
-- the unfinished ones are recomputed when the calendar or the office hours change, and
-- missing rows (demo data, older databases) are filled by CaseStageIndex::refreshMissing.
-- stage_due: the current stage's due date (ISO), NULL when the case is finished.
CREATE TABLE case_stages (
    case_id @BIGINT@ PRIMARY KEY REFERENCES cases (id),
    stage TEXT NOT NULL,
    stage_due TEXT
);
CREATE INDEX case_stages_stage ON case_stages (stage);
CREATE INDEX case_stages_due ON case_stages (stage_due);
