-- The group of organisers of a European Citizens' Initiative (Regulation (EU)
-- 2019/788, Article 5). SQLite twin of postgres/0007_organizers.sql.
-- birth_date is YYYY-MM-DD or '' (the member may confirm the age instead).

CREATE TABLE organizers (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id),
    name          TEXT    NOT NULL,
    email         TEXT    NOT NULL DEFAULT '',
    residence     TEXT    NOT NULL DEFAULT '',
    nationality   TEXT    NOT NULL DEFAULT '',
    birth_date    TEXT    NOT NULL DEFAULT '',
    age_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (age_confirmed IN (0, 1)),
    mep           INTEGER NOT NULL DEFAULT 0 CHECK (mep IN (0, 1)),
    role          TEXT    NOT NULL DEFAULT 'member',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX organizers_initiative ON organizers (initiative_id);
