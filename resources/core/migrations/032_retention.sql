-- Destruction acts (SPEC.md §7, seed 000 §20-21): cases whose retention period ended are
-- listed on an act drawn up by a committee; confirming the act deletes their personal data.
-- The act and its rows are kept for good: they are the proof of what was destroyed.
CREATE TABLE destruction_acts (
    id @PK@,
    drawn_up_on TEXT NOT NULL,
    basis TEXT NOT NULL,
    committee TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    destroyed_by TEXT,
    destroyed_at TEXT
);
CREATE TABLE destruction_act_cases (
    act_id @BIGINT@ NOT NULL REFERENCES destruction_acts (id),
    case_id @BIGINT@ NOT NULL REFERENCES cases (id),
    case_number TEXT NOT NULL,
    full_name TEXT NOT NULL,
    birth_date TEXT,
    submitted_on TEXT,
    decision TEXT NOT NULL,
    decision_date TEXT NOT NULL,
    retention_until TEXT NOT NULL,
    PRIMARY KEY (act_id, case_id)
);
CREATE INDEX destruction_act_cases_case ON destruction_act_cases (case_id);
