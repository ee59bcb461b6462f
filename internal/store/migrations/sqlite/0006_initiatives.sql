-- Initiatives and their teams. SQLite twin of postgres/0006_initiatives.sql.
-- Dates without a time (starts_on, registered_on…) are YYYY-MM-DD text, ''
-- when not set. titles and descriptions are JSON arrays of {"lang","value"};
-- countries a JSON array of EU codes.

CREATE TABLE initiatives (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,
    slug             TEXT    NOT NULL UNIQUE,
    titles           TEXT    NOT NULL DEFAULT '[]',
    descriptions     TEXT    NOT NULL DEFAULT '[]',
    goals            TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL,
    starts_on        TEXT    NOT NULL DEFAULT '',
    ends_on          TEXT    NOT NULL DEFAULT '',
    registered_on    TEXT    NOT NULL DEFAULT '',
    collection_start TEXT    NOT NULL DEFAULT '',
    collection_end   TEXT    NOT NULL DEFAULT '',
    alliance_goal    INTEGER NOT NULL DEFAULT 0,
    public           INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE initiative_members (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id),
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          TEXT    NOT NULL,
    countries     TEXT    NOT NULL DEFAULT '[]',
    PRIMARY KEY (initiative_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX initiative_members_user ON initiative_members (user_id);
