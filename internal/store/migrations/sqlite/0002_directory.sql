-- The partner directory: organizations, people, affiliations, history, the
-- change feed that search indexes follow, and logos.
-- SQLite twin of postgres/0002_directory.sql: same tables and columns.
-- Multi-valued fields (codes, languages) and multilingual texts are JSON arrays
-- in TEXT columns: ["advocacy","social_change"], [{"lang":"lv","value":"…"}].
-- name_key is directory.NameKey of the name, computed by the store on every write.
-- Registry ids and external ids are unique among records not merged into another
-- (a merged record keeps its ids for the record, but gives way to the one it
-- was merged into).

CREATE TABLE organizations (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    name_lang       TEXT    NOT NULL DEFAULT '',
    name_key        TEXT    NOT NULL DEFAULT '',
    names           TEXT    NOT NULL DEFAULT '[]',
    descriptions    TEXT    NOT NULL DEFAULT '[]',
    country         TEXT    NOT NULL DEFAULT '',
    region          TEXT    NOT NULL DEFAULT '',
    city            TEXT    NOT NULL DEFAULT '',
    level           TEXT    NOT NULL DEFAULT '',
    sector          TEXT    NOT NULL DEFAULT '',
    kind            TEXT    NOT NULL DEFAULT '',
    functions       TEXT    NOT NULL DEFAULT '[]',
    topics          TEXT    NOT NULL DEFAULT '[]',
    languages       TEXT    NOT NULL DEFAULT '[]',
    members         INTEGER NOT NULL DEFAULT 0,
    audience        INTEGER NOT NULL DEFAULT 0,
    website         TEXT    NOT NULL DEFAULT '',
    email           TEXT    NOT NULL DEFAULT '',
    phone           TEXT    NOT NULL DEFAULT '',
    transparency_id TEXT    NOT NULL DEFAULT '',
    pic             TEXT    NOT NULL DEFAULT '',
    national_id     TEXT    NOT NULL DEFAULT '',
    source          TEXT    NOT NULL DEFAULT '',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    merged_into     INTEGER REFERENCES organizations (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX organizations_name_key ON organizations (name_key, country);
CREATE UNIQUE INDEX organizations_transparency ON organizations (transparency_id)
    WHERE transparency_id <> '' AND merged_into IS NULL;
CREATE UNIQUE INDEX organizations_pic ON organizations (pic)
    WHERE pic <> '' AND merged_into IS NULL;
CREATE UNIQUE INDEX organizations_national ON organizations (country, national_id)
    WHERE national_id <> '' AND merged_into IS NULL;

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    given_name      TEXT    NOT NULL DEFAULT '',
    family_name     TEXT    NOT NULL DEFAULT '',
    name_key        TEXT    NOT NULL DEFAULT '',
    kind            TEXT    NOT NULL DEFAULT '',
    country         TEXT    NOT NULL DEFAULT '',
    languages       TEXT    NOT NULL DEFAULT '[]',
    email           TEXT    NOT NULL DEFAULT '',
    phone           TEXT    NOT NULL DEFAULT '',
    website         TEXT    NOT NULL DEFAULT '',
    social          TEXT    NOT NULL DEFAULT '',
    political_group TEXT    NOT NULL DEFAULT '',
    party           TEXT    NOT NULL DEFAULT '',
    external_id     TEXT    NOT NULL DEFAULT '',
    consent_basis   TEXT    NOT NULL DEFAULT '',
    consent_date    TEXT,
    consent_source  TEXT    NOT NULL DEFAULT '',
    consent_note    TEXT    NOT NULL DEFAULT '',
    source          TEXT    NOT NULL DEFAULT '',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    merged_into     INTEGER REFERENCES people (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX people_name_key ON people (name_key, country);
CREATE UNIQUE INDEX people_external_id ON people (kind, external_id)
    WHERE external_id <> '' AND merged_into IS NULL;

CREATE TABLE affiliations (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id),
    org_id    INTEGER NOT NULL REFERENCES organizations (id),
    role      TEXT    NOT NULL DEFAULT '',
    from_date TEXT,
    to_date   TEXT
) STRICT;

CREATE INDEX affiliations_person_id ON affiliations (person_id);
CREATE INDEX affiliations_org_id ON affiliations (org_id);

-- history: who changed which record, when and how. user_id is not a foreign
-- key: the entry outlives the account (0 is the system).
CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    at        TEXT    NOT NULL,
    user_id   INTEGER NOT NULL DEFAULT 0,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX history_entity ON history (entity, entity_id, id);

-- changes: one row per write, in the writing transaction; search indexes in
-- every instance follow seq. AUTOINCREMENT: a seq is never reused.
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    at        TEXT    NOT NULL
) STRICT;

CREATE TABLE logos (
    org_id       INTEGER PRIMARY KEY REFERENCES organizations (id),
    content_type TEXT    NOT NULL,
    data         BLOB    NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    updated_at   TEXT    NOT NULL
) STRICT;
