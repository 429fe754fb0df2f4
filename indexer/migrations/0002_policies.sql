-- SpendingGuard policies (indexer/src/contracts/spending_guard.rs). Amounts are decimal text;
-- times are unix seconds; end_at 0 = never; unpause_at/change_at NULL = nothing queued.
CREATE TABLE policies (
    id                 TEXT PRIMARY KEY,
    created_block      INTEGER NOT NULL,
    created_tx_hash    TEXT NOT NULL,
    created_at         INTEGER NOT NULL,
    block_number       INTEGER NOT NULL,
    block_hash         TEXT NOT NULL,
    tx_hash            TEXT NOT NULL,
    log_index          INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    operator           TEXT NOT NULL,
    agent              TEXT NOT NULL,
    token              TEXT NOT NULL,
    salt               TEXT NOT NULL,
    budget             TEXT NOT NULL,
    max_payment        TEXT NOT NULL,
    breaker_threshold  TEXT NOT NULL,
    start_at           INTEGER NOT NULL,
    end_at             INTEGER NOT NULL,
    period             INTEGER NOT NULL,
    max_new_recipients INTEGER NOT NULL,
    guardian           TEXT NOT NULL,
    breaker_window     INTEGER NOT NULL,
    loosen_delay       INTEGER NOT NULL,
    allowlist_only     INTEGER NOT NULL,
    period_index       INTEGER NOT NULL,
    spent              TEXT NOT NULL,
    paused             INTEGER NOT NULL,
    unpause_at         INTEGER,
    tripped            INTEGER NOT NULL,
    trip_reason        TEXT,
    tripped_at         INTEGER,
    revoked            INTEGER NOT NULL,
    change_at          INTEGER,
    pending_policy     TEXT,
    status             TEXT NOT NULL
);
-- Inbox: an agent's and an operator's policies; a guardian's.
CREATE INDEX policies_by_agent ON policies (agent, status);
CREATE INDEX policies_by_operator ON policies (operator, status);
CREATE INDEX policies_by_guardian ON policies (guardian);
