-- Staff accounts (core/accounts). The password is kept only as its Argon2id hash string
-- (libsodium crypto_pwhash_str: algorithm, parameters, salt and hash in one text).
-- disabled: locked by an administrator until unlocked; failed_attempts and locked_until:
-- the automatic lockout after repeated wrong passwords (locked_until is an ISO time).
CREATE TABLE accounts (
    id @PK@,
    login TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
