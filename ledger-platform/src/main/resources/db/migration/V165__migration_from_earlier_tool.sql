-- Migration from a kommun's earlier tool (ADR 0160). The command side keeps each recorded line's key, from the
-- events' metadata, so a rerun of the same file records nothing new.
CREATE TABLE cmd_migrated_line (
    line_key     CHAR(64) PRIMARY KEY,
    run_id       UUID     NOT NULL,
    source       TEXT     NOT NULL,
    line_number  BIGINT   NOT NULL,
    aggregate_id TEXT     NOT NULL
);

-- The audit trail says which events a migration recorded, from which source and line: a revisor sees what was
-- migrated, from where and when, and the late-recording finding passes migrated events over (ADR 0161).
ALTER TABLE audit_entry
    ADD COLUMN migration_run    UUID,
    ADD COLUMN migration_source TEXT,
    ADD COLUMN migration_line   BIGINT;
CREATE INDEX audit_entry_migration_run ON audit_entry (migration_run, global_position) WHERE migration_run IS NOT NULL;
