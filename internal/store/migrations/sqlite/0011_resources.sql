-- Resources of an initiative: sponsorships and in-kind contributions, from a
-- partner of the pipeline or a source named in words, with their value in
-- cents of an ISO 4217 currency; on is YYYY-MM-DD. SQLite twin of
-- postgres/0011_resources.sql.

CREATE TABLE resources (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id),
    engagement_id INTEGER REFERENCES engagements (id),
    source        TEXT    NOT NULL DEFAULT '',
    what          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('money', 'in_kind')),
    value         INTEGER NOT NULL CHECK (value >= 0),
    currency      TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('pledged', 'received')),
    on_day        TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX resources_initiative ON resources (initiative_id, on_day);
