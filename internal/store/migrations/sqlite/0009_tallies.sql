-- Statements of support collected per member state, as running totals by
-- day (on is YYYY-MM-DD). SQLite twin of postgres/0009_tallies.sql.

CREATE TABLE tallies (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id),
    country       TEXT NOT NULL,
    on_day        TEXT NOT NULL,
    count         INTEGER NOT NULL CHECK (count >= 0),
    source        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
) STRICT;

CREATE INDEX tallies_initiative ON tallies (initiative_id, on_day);
