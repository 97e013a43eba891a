-- The running ledger connects as styrledger_app, not as the owner that runs these migrations. It may read and write
-- rows (projections, tokens, dead letters, idempotency keys, the command side's lookups), but on the event store it
-- may only read and append: no UPDATE, DELETE or TRUNCATE (R-30), on top of the trigger from V1 that refuses them
-- even to the owner. See docs/reliability.md for setting up both roles on the kommun's own PostgreSQL.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'styrledger_app') THEN
        -- Without a LOGIN role made beforehand by the DBA, the ledger cannot connect as it; NOLOGIN keeps it inert.
        CREATE ROLE styrledger_app NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO styrledger_app;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO styrledger_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO styrledger_app;

-- Tables and sequences that later migrations create get the same rights, so a new read table needs no grant of its own.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO styrledger_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO styrledger_app;

REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON domain_event_entry FROM styrledger_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM styrledger_app;
