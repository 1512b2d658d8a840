-- The official documents handed out or printed for a case (core/issuance/IssuedDocumentLog):
-- who issued which form, when, in which language, and the copy number (1 for the first
-- issue, 2 for the first reprint, ...). A reprint carries the reason it was made.
-- form_kind: the print module's key (decision, decision-e, refusal, refusal-e, receipt, ...).
CREATE TABLE issued_documents (
    id @PK@,
    case_id @BIGINT@ NOT NULL REFERENCES cases (id),
    form_kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    copy_number INTEGER NOT NULL,
    copies INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    issued_by TEXT NOT NULL,
    issued_by_name TEXT NOT NULL DEFAULT '',
    issued_role TEXT NOT NULL,
    workstation TEXT NOT NULL DEFAULT '',
    issued_at TEXT NOT NULL,
    UNIQUE (case_id, form_kind, copy_number)
);
CREATE INDEX issued_documents_case ON issued_documents (case_id);
