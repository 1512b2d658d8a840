-- The timeline of an accepted case (docs/workflow.md): one row per workflow event. The
-- current stage and its due date are derived from these rows and the calendar, never stored.
-- at: when it happened (ISO local time); data: a JSON object with the event's details;
-- recorded_at: when it was entered (events may be recorded after the fact).
CREATE TABLE case_events (
    id @PK@,
    case_id @BIGINT@ NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    executor TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events (case_id, at);
CREATE INDEX case_events_kind ON case_events (kind);
