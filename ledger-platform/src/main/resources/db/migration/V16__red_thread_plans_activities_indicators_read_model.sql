-- Verksamhetsplaner, aktiviteter and indikatorer, bitemporal like the goals in V15 (same columns, same indexes).

-- A nämnd's or bolag's verksamhetsplan for one year (R-07), with its ram in SEK and the effektmål it lists.
CREATE TABLE operational_plan_version (
    plan_id           UUID         NOT NULL,
    unit_id           UUID         NOT NULL,
    year              INTEGER      NOT NULL,
    summary           TEXT,
    budget_frame      NUMERIC,
    effect_goal_ids   UUID[]       NOT NULL,
    withdrawn         BOOLEAN      NOT NULL,
    withdrawal_reason TEXT,
    version           INTEGER      NOT NULL,
    decided_by        UUID,
    decided_on        DATE,
    paragraph         TEXT,
    case_number       TEXT,
    effective_from    DATE,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX operational_plan_version_current ON operational_plan_version (plan_id) WHERE recorded_to IS NULL;
CREATE INDEX operational_plan_version_entity ON operational_plan_version (plan_id, valid_from);
CREATE INDEX operational_plan_version_unit ON operational_plan_version (unit_id, year);
CREATE INDEX operational_plan_version_as_of ON operational_plan_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- An aktivitet under an effektmål. Revisions and status changes carry no decision: the decision columns keep the
-- planning decision, and the version's valid_from is the status change's date or the revision's recorded date in
-- the kommun's calendar (ADR 0009).
CREATE TABLE activity_version (
    activity_id        UUID         NOT NULL,
    effect_goal_id     UUID         NOT NULL,
    title              TEXT         NOT NULL,
    responsible        TEXT,
    due_date           DATE,
    imposed_by_council BOOLEAN      NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    status_comment     TEXT,
    status_changed_on  DATE,
    revision_reason    TEXT,
    version            INTEGER      NOT NULL,
    decided_by         UUID,
    decided_on         DATE,
    paragraph          TEXT,
    case_number        TEXT,
    effective_from     DATE,
    valid_from         DATE         NOT NULL,
    valid_to           DATE,
    recorded_from      TIMESTAMPTZ  NOT NULL,
    recorded_to        TIMESTAMPTZ,
    recorded_position  BIGINT       NOT NULL,
    version_key        VARCHAR(32)  NOT NULL
);
CREATE INDEX activity_version_current ON activity_version (activity_id) WHERE recorded_to IS NULL;
CREATE INDEX activity_version_entity ON activity_version (activity_id, valid_from);
CREATE INDEX activity_version_effect_goal ON activity_version (effect_goal_id);
CREATE INDEX activity_version_as_of ON activity_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- Every status change of an aktivitet with its comment, as recorded: a change is a fact that is never revised, so
-- a row is valid from its changed_on and known from recorded_from, and never closed.
CREATE TABLE activity_status_change (
    activity_id       UUID         NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    comment           TEXT,
    changed_on        DATE         NOT NULL,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_position BIGINT       NOT NULL,
    PRIMARY KEY (activity_id, sequence_number)
);

-- An indikator's definition. It carries no decision: the first definition holds on every date, a revision from
-- its recorded date in the kommun's calendar (ADR 0009).
CREATE TABLE indicator_version (
    indicator_id      UUID         NOT NULL,
    name              TEXT         NOT NULL,
    unit_of_measure   TEXT,
    direction         VARCHAR(32),
    source            VARCHAR(32),
    kolada_kpi_id     TEXT,
    version           INTEGER      NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX indicator_version_current ON indicator_version (indicator_id) WHERE recorded_to IS NULL;
CREATE INDEX indicator_version_entity ON indicator_version (indicator_id, valid_from);
CREATE INDEX indicator_version_as_of ON indicator_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));
