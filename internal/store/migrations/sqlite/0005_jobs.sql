-- Background work every instance must see: import jobs with their progress
-- and report, and the duplicate scan with the pairs it found. The instance
-- running a job saves its progress every second into updated_at; a running
-- job not updated for two minutes is taken as lost (directory.JobStaleAfter).
-- SQLite twin of postgres/0005_jobs.sql: same tables and columns.

-- report is a directory.Report as JSON, error a directory.JobError as JSON
-- ('' when there is none).
CREATE TABLE import_jobs (
    id             TEXT    PRIMARY KEY,
    owner_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entity         TEXT    NOT NULL,
    file           TEXT    NOT NULL DEFAULT '',
    dry_run        INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),
    state          TEXT    NOT NULL,
    progress_done  INTEGER NOT NULL DEFAULT 0,
    progress_total INTEGER NOT NULL DEFAULT 0,
    report         TEXT    NOT NULL DEFAULT '',
    error          TEXT    NOT NULL DEFAULT '',
    started_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    finished_at    TEXT
) STRICT;

CREATE INDEX import_jobs_updated_at ON import_jobs (updated_at);

-- The one duplicate scan of the directory, the row with id 1. run names the
-- scan that holds it, so that a scan taken over after it was lost cannot
-- overwrite the result of the one that took over.
CREATE TABLE duplicate_scans (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    run         TEXT    NOT NULL DEFAULT '',
    state       TEXT    NOT NULL DEFAULT '',
    error       TEXT    NOT NULL DEFAULT '',
    started_at  TEXT,
    updated_at  TEXT,
    finished_at TEXT
) STRICT;

INSERT INTO duplicate_scans (id) VALUES (1);

-- The pairs of the last scan that succeeded (org_a < org_b), less those
-- merged since. reasons is a JSON array of catalog keys.
CREATE TABLE duplicate_pairs (
    org_a   INTEGER NOT NULL,
    org_b   INTEGER NOT NULL,
    score   REAL    NOT NULL,
    reasons TEXT    NOT NULL DEFAULT '[]',
    PRIMARY KEY (org_a, org_b)
) STRICT;

CREATE INDEX duplicate_pairs_rank ON duplicate_pairs (score DESC, org_a, org_b);
CREATE INDEX duplicate_pairs_org_b ON duplicate_pairs (org_b);
