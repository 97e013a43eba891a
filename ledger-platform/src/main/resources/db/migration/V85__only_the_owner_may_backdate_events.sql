-- Review finding 3: the application role could write Axon's snapshot table (a forged snapshot changes an aggregate,
-- e.g. reopens a closed report) and INSERT events with any time stamp or an old position (backdating). Only the owner
-- may now do either: it runs the migrations and the import of an export, which keeps every event's original position
-- and time (ADR 0032, ADR 0077). The running ledger, as styrledger_app, appends events stamped now, at the next
-- position of the sequence, with metadata naming who recorded them.

-- The ledger takes no snapshots (no snapshot trigger is configured), but Axon reads the table when it loads an
-- aggregate, so SELECT stays; nothing may be written to it but by the owner.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON snapshot_event_entry FROM styrledger_app;

-- Moving the sequence (setval) would let the application reuse a gap's old position; only the import needs that.
REVOKE UPDATE ON SEQUENCE domain_event_entry_global_index_seq FROM styrledger_app;

CREATE FUNCTION guard_event_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    table_owner name := (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID);
    fresh bigint;
    stamped timestamptz;
BEGIN
    IF pg_has_role(current_user, table_owner, 'MEMBER') THEN
        RETURN NEW;
    END IF;
    BEGIN
        fresh := currval(pg_get_serial_sequence('domain_event_entry', 'global_index'));
    EXCEPTION WHEN object_not_in_prerequisite_state THEN
        fresh := NULL;
    END;
    IF NEW.global_index IS DISTINCT FROM fresh THEN
        RAISE EXCEPTION 'domain_event_entry: only the owner may choose an event''s position (%); the ledger appends at the sequence''s next', NEW.global_index
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    BEGIN
        stamped := NEW.time_stamp::timestamptz;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'domain_event_entry: time stamp % is no instant', NEW.time_stamp
            USING ERRCODE = 'insufficient_privilege';
    END;
    -- A command's transaction lasts at most the write timeout (10 s); the margin covers that and clock drift
    -- between the ledger's host and the database's.
    IF stamped < clock_timestamp() - interval '2 minutes' OR stamped > clock_timestamp() + interval '1 minute' THEN
        RAISE EXCEPTION 'domain_event_entry: only the owner may record an event at another time than now (%)', NEW.time_stamp
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.meta_data IS NULL OR position('"recordedBy"' IN convert_from(NEW.meta_data, 'UTF8')) = 0 THEN
        RAISE EXCEPTION 'domain_event_entry: an event must name who recorded it (R-31)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER domain_event_entry_appended_now
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION guard_event_append();
