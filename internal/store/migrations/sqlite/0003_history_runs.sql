-- One history entry per import batch instead of one per imported row.
-- An entry is about entity_id alone, or, when last_entity_id is above it,
-- about every record from entity_id to last_entity_id: the one "imported"
-- entry of an import batch (at most 500 records, store.maxHistoryRun), found
-- through history_runs. Writing a history row per imported row cost an eighth
-- of the import's time (see store/import_record.go).
-- Same in both dialects but for the column type.

ALTER TABLE history ADD COLUMN last_entity_id INTEGER NOT NULL DEFAULT 0;

CREATE INDEX history_runs ON history (entity, entity_id) WHERE last_entity_id > entity_id;
