-- The alliance pipeline: engagements link a partner (an organization or a
-- person) to an initiative. SQLite twin of postgres/0008_engagements.sql.
-- Counts per member state are JSON objects {"LV":4000}; roles a JSON array;
-- dates without a time YYYY-MM-DD or ''.

CREATE TABLE engagements (
    id                   INTEGER PRIMARY KEY,
    initiative_id        INTEGER NOT NULL REFERENCES initiatives (id),
    org_id               INTEGER REFERENCES organizations (id),
    person_id            INTEGER REFERENCES people (id),
    country              TEXT    NOT NULL DEFAULT '',
    roles                TEXT    NOT NULL DEFAULT '[]',
    level                TEXT    NOT NULL DEFAULT '',
    stage                TEXT    NOT NULL,
    responsible_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    duties               TEXT    NOT NULL DEFAULT '',
    duties_on            TEXT    NOT NULL DEFAULT '',
    pledge_signatures    TEXT    NOT NULL DEFAULT '{}',
    volunteers           INTEGER NOT NULL DEFAULT 0,
    money                INTEGER NOT NULL DEFAULT 0,
    currency             TEXT    NOT NULL DEFAULT '',
    in_kind              TEXT    NOT NULL DEFAULT '',
    delivered_signatures TEXT    NOT NULL DEFAULT '{}',
    results              TEXT    NOT NULL DEFAULT '',
    committed_on         TEXT    NOT NULL DEFAULT '',
    confirmed_by         TEXT    NOT NULL DEFAULT '',
    confirmed_how        TEXT    NOT NULL DEFAULT '',
    logo_permission      INTEGER NOT NULL DEFAULT 0 CHECK (logo_permission IN (0, 1)),
    logo_on              TEXT    NOT NULL DEFAULT '',
    inbound              INTEGER NOT NULL DEFAULT 0 CHECK (inbound IN (0, 1)),
    notes                TEXT    NOT NULL DEFAULT '',
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    CHECK ((org_id IS NULL) <> (person_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX engagements_org ON engagements (initiative_id, org_id) WHERE org_id IS NOT NULL;
CREATE UNIQUE INDEX engagements_person ON engagements (initiative_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX engagements_initiative ON engagements (initiative_id, stage);
