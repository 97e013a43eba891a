-- Ansvarsutkrävande: one row per event, with what it was about and who decided and recorded it.
CREATE TABLE audit_entry (
    global_position BIGINT       PRIMARY KEY,
    event_id        VARCHAR(255) NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    aggregate_id    UUID         NOT NULL,
    aggregate_type  VARCHAR(100),
    sequence_number BIGINT       NOT NULL,
    description     TEXT         NOT NULL,
    effect_goal_id  UUID,
    unit_id         UUID,
    year            INTEGER,
    person          TEXT,
    reason          TEXT,
    decided_by      UUID,
    decided_on      DATE,
    effective_from  DATE,
    paragraph       TEXT,
    case_number     TEXT,
    recorded_by     TEXT,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    lag_days        INTEGER
);
CREATE INDEX audit_entry_effect_goal ON audit_entry (effect_goal_id);
CREATE INDEX audit_entry_aggregate ON audit_entry (aggregate_id);
CREATE INDEX audit_entry_unit_year ON audit_entry (unit_id, year);
CREATE INDEX audit_entry_case_number ON audit_entry (case_number);
CREATE INDEX audit_entry_recorded_by ON audit_entry (recorded_by);
CREATE INDEX audit_entry_person ON audit_entry (person);

-- What the audit projection needs to attribute later events: an effektmål's unit and year, an aktivitet's effektmål,
-- and which inriktningsmål each effektmål has ever been linked to.
CREATE TABLE audit_goal (
    goal_id UUID PRIMARY KEY,
    unit_id UUID NOT NULL,
    year    INTEGER NOT NULL
);
CREATE TABLE audit_activity (
    activity_id    UUID PRIMARY KEY,
    effect_goal_id UUID NOT NULL
);
CREATE TABLE audit_goal_link (
    effect_goal_id    UUID NOT NULL,
    direction_goal_id UUID NOT NULL,
    PRIMARY KEY (effect_goal_id, direction_goal_id)
);

-- Every read of the audit trail, so the auditors' own access is auditable. Append-only, like the event store.
CREATE TABLE audit_access (
    id          BIGSERIAL   PRIMARY KEY,
    accessed_by TEXT        NOT NULL,
    roles       TEXT        NOT NULL,
    request     TEXT        NOT NULL,
    accessed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_access_append_only
    BEFORE UPDATE OR DELETE ON audit_access
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
