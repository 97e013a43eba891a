-- Every bitemporal read table has the same six columns and three indexes (VersionWriter writes them, AsOfSql reads
-- them). Until now each migration spelt them out again (V4, V15, V16, V21, V50 …); a new table takes them from here
-- (ADR 0170): CREATE TABLE with the id and state columns only, then
--     SELECT styrledger_make_bitemporal('new_table', 'entity_id');
-- The columns and indexes are those of V15's tables:
--   valid_from … valid_to          the decision axis, [from, to), to = null until further notice
--   recorded_from … recorded_to    the recorded axis, [from, to), to = null while the version is current
--   recorded_position              the global position of the event that recorded the version
--   version_key                    a hash of the version's content (VersionWriter.key), to recognise it on refold
--   <table>_current                the current versions of one entity, which each refold reads
--   <table>_entity                 one entity's versions in order on the decision axis
--   <table>_as_of                  an as-of question on both axes, one indexed lookup
CREATE FUNCTION styrledger_make_bitemporal(target regclass, id_column text) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    name text := (SELECT relname FROM pg_class WHERE oid = target);
BEGIN
    EXECUTE format('ALTER TABLE %s'
                       || ' ADD COLUMN valid_from DATE NOT NULL,'
                       || ' ADD COLUMN valid_to DATE,'
                       || ' ADD COLUMN recorded_from TIMESTAMPTZ NOT NULL,'
                       || ' ADD COLUMN recorded_to TIMESTAMPTZ,'
                       || ' ADD COLUMN recorded_position BIGINT NOT NULL,'
                       || ' ADD COLUMN version_key VARCHAR(32) NOT NULL', target);
    EXECUTE format('CREATE INDEX %I ON %s (%I) WHERE recorded_to IS NULL', name || '_current', target, id_column);
    EXECUTE format('CREATE INDEX %I ON %s (%I, valid_from)', name || '_entity', target, id_column);
    EXECUTE format('CREATE INDEX %I ON %s USING gist (daterange(valid_from, valid_to, ''[)''),'
                       || ' tstzrange(recorded_from, recorded_to, ''[)''))', name || '_as_of', target);
END;
$$;

-- Only migrations make tables: the running ledger's role has no use for it (and could not alter a table it does
-- not own anyway).
REVOKE EXECUTE ON FUNCTION styrledger_make_bitemporal(regclass, text) FROM PUBLIC;
