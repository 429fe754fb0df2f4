-- EchoRift indexer schema. Every projected row carries the block, transaction and log of
-- the event that last changed it; events carry their own. Amounts are decimal TEXT, with a
-- zero-padded *_sort copy (78 digits) where agents filter or sort by amount.

-- What is indexed, and how far: one row.
CREATE TABLE status (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    chain_id            INTEGER NOT NULL,
    start_block         INTEGER NOT NULL,
    -- The checkpoint: the last block whose events are all in the database.
    block_number        INTEGER,
    block_hash          TEXT,
    block_timestamp     INTEGER,
    -- The chain's head when last seen, and the confirmation depth consumers asked for.
    chain_head          INTEGER,
    confirmations       INTEGER NOT NULL DEFAULT 0,
    -- min(checkpoint, chain_head - confirmations): data up to here is final by that measure.
    confirmed_block     INTEGER,
    reorgs              INTEGER NOT NULL DEFAULT 0,
    last_reorg_depth    INTEGER,
    last_reorg_block    INTEGER,
    updated_at_ms       INTEGER NOT NULL
);

-- The followed contracts; a database belongs to one deployment.
CREATE TABLE contracts (
    name    TEXT PRIMARY KEY,
    address TEXT NOT NULL
);

-- Recent blocks (the reorg window), to find the fork point when the chain reorganises.
CREATE TABLE blocks (
    number      INTEGER PRIMARY KEY,
    hash        TEXT NOT NULL,
    parent_hash TEXT NOT NULL,
    timestamp   INTEGER NOT NULL
);

-- Every decoded event. position = block_number * 2^24 + log_index: chain order, and a
-- rollback is one range delete; block number and log index are computed from it.
CREATE TABLE events (
    position        INTEGER PRIMARY KEY,
    block_number    INTEGER GENERATED ALWAYS AS (position >> 24) VIRTUAL,
    log_index       INTEGER GENERATED ALWAYS AS (position & 16777215) VIRTUAL,
    block_hash      TEXT NOT NULL,
    block_timestamp INTEGER NOT NULL,
    tx_hash         TEXT NOT NULL,
    tx_index        INTEGER NOT NULL,
    contract        TEXT NOT NULL,
    address         TEXT NOT NULL,
    event           TEXT NOT NULL,
    entity          TEXT,
    entity_id       TEXT,
    fields          TEXT NOT NULL
);
-- An entity's history, in order.
CREATE INDEX events_by_entity ON events (entity_id, position) WHERE entity_id IS NOT NULL;

CREATE TABLE tasks (
    id                TEXT PRIMARY KEY,
    created_block     INTEGER NOT NULL,
    created_tx_hash   TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    block_number      INTEGER NOT NULL,
    block_hash        TEXT NOT NULL,
    tx_hash           TEXT NOT NULL,
    log_index         INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    poster            TEXT NOT NULL,
    token             TEXT NOT NULL,
    reward            TEXT NOT NULL,
    reward_sort       TEXT NOT NULL,
    stake             TEXT NOT NULL,
    deadline          INTEGER NOT NULL,
    claim_duration    INTEGER NOT NULL,
    review_window     INTEGER NOT NULL,
    dispute_window    INTEGER NOT NULL,
    arbiter           TEXT NOT NULL,
    arbiter_fee_bps   INTEGER NOT NULL,
    validation_schema TEXT NOT NULL,
    validator         TEXT NOT NULL,
    spec_hash         TEXT NOT NULL,
    salt              TEXT NOT NULL,
    spec_uri          TEXT NOT NULL,
    authorized        INTEGER NOT NULL,
    funder            TEXT NOT NULL,
    status            TEXT NOT NULL,
    status_since      INTEGER NOT NULL,
    worker            TEXT,
    due_at            INTEGER,
    result_hash       TEXT,
    result_uri        TEXT,
    review_ends_at    INTEGER,
    reject_reason     TEXT,
    dispute_ends_at   INTEGER,
    accepted_by       TEXT,
    acceptance        TEXT,
    proof             TEXT,
    to_worker         TEXT,
    to_poster         TEXT,
    arbiter_fee       TEXT
);
-- Inbox and filters: open tasks by deadline, a poster's or worker's or arbiter's tasks by
-- state, by token and reward.
CREATE INDEX tasks_by_status ON tasks (status, deadline);
CREATE INDEX tasks_by_poster ON tasks (poster, status, deadline);
CREATE INDEX tasks_by_worker ON tasks (worker, status, due_at) WHERE worker IS NOT NULL;
CREATE INDEX tasks_by_arbiter ON tasks (arbiter, status);
CREATE INDEX tasks_by_token ON tasks (token, reward_sort);

CREATE TABLE escrows (
    id                 TEXT PRIMARY KEY,
    created_block      INTEGER NOT NULL,
    created_tx_hash    TEXT NOT NULL,
    created_at         INTEGER NOT NULL,
    block_number       INTEGER NOT NULL,
    block_hash         TEXT NOT NULL,
    tx_hash            TEXT NOT NULL,
    log_index          INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    payer              TEXT NOT NULL,
    payee              TEXT NOT NULL,
    token              TEXT NOT NULL,
    amount             TEXT NOT NULL,
    amount_sort        TEXT NOT NULL,
    deadline           INTEGER NOT NULL,
    arbiter            TEXT NOT NULL,
    arbiter_fee_bps    INTEGER NOT NULL,
    condition_schema   TEXT NOT NULL,
    condition_attester TEXT NOT NULL,
    salt               TEXT NOT NULL,
    funding            TEXT NOT NULL,
    funder             TEXT NOT NULL,
    remaining          TEXT NOT NULL,
    released           TEXT NOT NULL,
    returned           TEXT NOT NULL,
    refunded           TEXT NOT NULL,
    status             TEXT NOT NULL,
    disputed_at        INTEGER,
    disputed_by        TEXT,
    proof              TEXT,
    to_payee           TEXT,
    to_payer           TEXT,
    arbiter_fee        TEXT
);
-- Inbox: a payer's refundable escrows (open, deadline passed), a payee's open ones, an
-- arbiter's disputes.
CREATE INDEX escrows_by_payer ON escrows (payer, status, deadline);
CREATE INDEX escrows_by_payee ON escrows (payee, status, deadline);
CREATE INDEX escrows_by_arbiter ON escrows (arbiter, status);
CREATE INDEX escrows_by_status ON escrows (status, deadline);

CREATE TABLE schemas (
    id              TEXT PRIMARY KEY,
    created_block   INTEGER NOT NULL,
    created_tx_hash TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    block_number    INTEGER NOT NULL,
    block_hash      TEXT NOT NULL,
    tx_hash         TEXT NOT NULL,
    log_index       INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    registerer      TEXT NOT NULL,
    resolver        TEXT NOT NULL,
    revocable       INTEGER NOT NULL,
    definition      TEXT NOT NULL
);

CREATE TABLE attestations (
    id                TEXT PRIMARY KEY,
    created_block     INTEGER NOT NULL,
    created_tx_hash   TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    block_number      INTEGER NOT NULL,
    block_hash        TEXT NOT NULL,
    tx_hash           TEXT NOT NULL,
    log_index         INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    schema            TEXT NOT NULL,
    attester          TEXT NOT NULL,
    recipient         TEXT NOT NULL,
    ref_uid           TEXT NOT NULL,
    expiration_time   INTEGER NOT NULL,
    revocable         INTEGER NOT NULL,
    data              TEXT NOT NULL,
    revoked           INTEGER NOT NULL,
    revoked_at        INTEGER,
    revocation_reason TEXT,
    replaced_by       TEXT
);
-- An agent's attestations received or made, by schema; attestations that refer to an
-- escrow or task (release and validation proofs).
CREATE INDEX attestations_by_recipient ON attestations (recipient, schema);
CREATE INDEX attestations_by_attester ON attestations (attester, schema);
CREATE INDEX attestations_by_schema ON attestations (schema);
CREATE INDEX attestations_by_ref ON attestations (ref_uid);
