-- Partner calls ("looking for partners") and the expressions of interest
-- that answer them. SQLite twin of postgres/0010_partner_calls.sql.
-- titles and texts are JSON arrays of {"lang","value"}; roles, countries,
-- topics and languages JSON arrays of codes; deadline is YYYY-MM-DD.
-- client_hash is a hash of the sender's network address, kept only while the
-- rate limit counts it and '' afterwards.

CREATE TABLE calls (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (id),
    titles         TEXT    NOT NULL DEFAULT '[]',
    texts          TEXT    NOT NULL DEFAULT '[]',
    roles          TEXT    NOT NULL DEFAULT '[]',
    countries      TEXT    NOT NULL DEFAULT '[]',
    topics         TEXT    NOT NULL DEFAULT '[]',
    languages      TEXT    NOT NULL DEFAULT '[]',
    deadline       TEXT    NOT NULL,
    is_open        INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
    responsible_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX calls_initiative ON calls (initiative_id, deadline);
CREATE INDEX calls_open ON calls (deadline) WHERE is_open;

CREATE TABLE call_interests (
    id            INTEGER PRIMARY KEY,
    call_id       INTEGER NOT NULL REFERENCES calls (id),
    org_name      TEXT    NOT NULL,
    country       TEXT    NOT NULL,
    website       TEXT    NOT NULL DEFAULT '',
    contact_name  TEXT    NOT NULL,
    contact_email TEXT    NOT NULL,
    message       TEXT    NOT NULL DEFAULT '',
    lang          TEXT    NOT NULL DEFAULT '',
    client_hash   TEXT    NOT NULL DEFAULT '',
    org_id        INTEGER REFERENCES organizations (id),
    person_id     INTEGER REFERENCES people (id) ON DELETE SET NULL,
    engagement_id INTEGER REFERENCES engagements (id),
    created_at    TEXT    NOT NULL
) STRICT;

CREATE INDEX call_interests_call ON call_interests (call_id, created_at);
CREATE INDEX call_interests_client ON call_interests (client_hash, created_at);
