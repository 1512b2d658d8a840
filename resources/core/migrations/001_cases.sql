-- Cases: one row per exit case. The body is the case interchange JSON (docs/case-format.md);
-- the other columns are copies of its fields for listing, searching and numbering.
CREATE TABLE cases (
    id @PK@,
    number TEXT UNIQUE,
    status TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    office TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    surname TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    patronymic TEXT NOT NULL DEFAULT '',
    iin TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    to_country TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_submitted_at ON cases (submitted_at);
CREATE INDEX cases_iin ON cases (iin);
-- Named counters, e.g. "case-number-2026": the last number given in that year. Incremented
-- with UPDATE inside the accepting transaction, so numbers are unique and without gaps.
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value @BIGINT@ NOT NULL
);
