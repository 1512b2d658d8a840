-- The register's columns that come from a case's events (LedgerDerivation), kept beside the
-- stage cache of 022 and written with it, so that exporting the register reads one row a case
-- instead of replaying every timeline. The rows written before these columns existed are
-- dropped: CaseStageIndex::refreshMissing fills them again, complete (`ledger export` and the
-- desktop's export before exporting, the case list at its first stage filter, `demo generate`
-- and `case import` after writing), and until then the register replays those cases itself. Dates are ISO text like stage_due.
-- finished: 1 when the case needs nothing more; service_due: the service term;
-- overdue_from: the earliest due date of the deadlines the office must keep (the case is
-- overdue in a register as of a later day); security_date, security_number: the national
-- security body's answer; decision_date: the decision or the refusal; permit_date: the
-- positive decision handed over; refusal_grounds: the grounds' numbers, "1,8"; executor: of
-- the latest event naming one; note: where the timeline stops replaying; last_event_day: the
-- latest event's day (a register as of an earlier day replays the case as of that day).
-- passport_number, identity_number, children: the fields of the case's body the register prints
-- (the children as the body's JSON array), so that it need not parse a million bodies; written
-- with the rest, and again when an accepted case is edited (CaseRepository::update).
DELETE FROM case_stages;
ALTER TABLE case_stages ADD COLUMN finished INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_stages ADD COLUMN service_due TEXT;
ALTER TABLE case_stages ADD COLUMN overdue_from TEXT;
ALTER TABLE case_stages ADD COLUMN security_date TEXT;
ALTER TABLE case_stages ADD COLUMN security_number TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stages ADD COLUMN decision_date TEXT;
ALTER TABLE case_stages ADD COLUMN permit_date TEXT;
ALTER TABLE case_stages ADD COLUMN refusal_grounds TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stages ADD COLUMN executor TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stages ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stages ADD COLUMN last_event_day TEXT;
ALTER TABLE case_stages ADD COLUMN passport_number TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stages ADD COLUMN identity_number TEXT NOT NULL DEFAULT '';
ALTER TABLE case_stages ADD COLUMN children TEXT NOT NULL DEFAULT '[]';
