-- The audit log: one row per change of a case, account, calendar or setting, written in the
-- same transaction as the change. Append-only and hash-chained (core/accounts/AuditLog):
-- hash = SHA-256(prev_hash + canonical record); seq numbers the chain without gaps.
-- The triggers that refuse UPDATE and DELETE are dialect-specific and are installed by
-- AuditLog (see AuditGuards.cpp) because migrations hold portable SQL only.
CREATE TABLE audit_log (
    id @PK@,
    seq @BIGINT@ NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor_login TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    workstation TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id);
-- The head of the chain: its single row is updated by every append, which serialises
-- appenders (the row lock on PostgreSQL) and lets verify notice records removed at the end.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    last_seq @BIGINT@ NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '');
