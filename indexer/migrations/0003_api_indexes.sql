-- Indexes for the HTTP API (docs/API.md): lists are ordered by deadline, so an unfiltered list
-- (or one filtered by a column without its own index) reads the first page in deadline order
-- instead of sorting every row.
CREATE INDEX IF NOT EXISTS tasks_by_deadline ON tasks (deadline);
CREATE INDEX IF NOT EXISTS escrows_by_deadline ON escrows (deadline);
