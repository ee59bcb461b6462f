-- The name keys of organizations' alternative names: directory.NameKey of each
-- entry of names whose key is not empty and differs from name_key, kept by the
-- store on every write, so that a new organization is checked against every
-- name of the stored ones, not only their main name. The rows of databases
-- migrated from version 3 are filled in by the store in Go, in the same
-- transaction (store/migrate_steps.go).
-- PostgreSQL twin of sqlite/0004_name_keys.sql.

CREATE TABLE organization_name_keys (
    organization_id BIGINT  NOT NULL REFERENCES organizations (id),
    name_key        TEXT    NOT NULL,
    PRIMARY KEY (organization_id, name_key)
);

CREATE INDEX organization_name_keys_key ON organization_name_keys (name_key);
