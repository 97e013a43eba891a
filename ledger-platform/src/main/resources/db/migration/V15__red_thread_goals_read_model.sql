-- The röd tråd's goals, bitemporal like unit_version: each row is one version, valid over [valid_from, valid_to) on
-- the decision axis and known over [recorded_from, recorded_to) on the recorded axis (NULL = open). `version` counts
-- an entity's decisions in the order they were recorded (1, 2, …), so a revision shows as a new version whatever
-- date it takes effect. Decision columns are those of the decision that made the version (R-31).
--
-- Relations (an effektmål's links to inriktningsmål, a goal's indicators with målvärden, the steps of a
-- förändringsteori) are versions of a set: one row per member, all rows of one version sharing its version_key.
--
-- Every table has a GiST index over both axes; queries ask
--   daterange(valid_from, valid_to, '[)') @> asOf AND tstzrange(recorded_from, recorded_to, '[)') @> knownAt
-- so an as-of read of a whole table is one indexed lookup, and a read of one entity uses its id index.

CREATE TABLE vision_version (
    vision_id         UUID         NOT NULL,
    text              TEXT         NOT NULL,
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
CREATE INDEX vision_version_current ON vision_version (vision_id) WHERE recorded_to IS NULL;
CREATE INDEX vision_version_entity ON vision_version (vision_id, valid_from);
CREATE INDEX vision_version_as_of ON vision_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

CREATE TABLE strategic_direction_version (
    direction_id      UUID         NOT NULL,
    vision_id         UUID         NOT NULL,
    name              TEXT         NOT NULL,
    themes            TEXT[]       NOT NULL,
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
CREATE INDEX strategic_direction_version_current ON strategic_direction_version (direction_id) WHERE recorded_to IS NULL;
CREATE INDEX strategic_direction_version_entity ON strategic_direction_version (direction_id, valid_from);
CREATE INDEX strategic_direction_version_as_of ON strategic_direction_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- Inriktningsmål: KF's goals within a strategisk inriktning, for the years from_year–to_year (inclusive).
CREATE TABLE direction_goal_version (
    goal_id           UUID         NOT NULL,
    direction_id      UUID         NOT NULL,
    title             TEXT         NOT NULL,
    description       TEXT,
    from_year         INTEGER      NOT NULL,
    to_year           INTEGER      NOT NULL,
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
CREATE INDEX direction_goal_version_current ON direction_goal_version (goal_id) WHERE recorded_to IS NULL;
CREATE INDEX direction_goal_version_entity ON direction_goal_version (goal_id, valid_from);
CREATE INDEX direction_goal_version_as_of ON direction_goal_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- Effektmål: one nämnd's or bolag's commitment for one year; imposed_by_council when KF imposed it (R-02).
CREATE TABLE effect_goal_version (
    goal_id            UUID         NOT NULL,
    owner_unit_id      UUID         NOT NULL,
    year               INTEGER      NOT NULL,
    title              TEXT         NOT NULL,
    target_group       TEXT,
    intended_effect    TEXT,
    imposed_by_council BOOLEAN      NOT NULL,
    withdrawn          BOOLEAN      NOT NULL,
    withdrawal_reason  TEXT,
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
CREATE INDEX effect_goal_version_current ON effect_goal_version (goal_id) WHERE recorded_to IS NULL;
CREATE INDEX effect_goal_version_entity ON effect_goal_version (goal_id, valid_from);
CREATE INDEX effect_goal_version_owner ON effect_goal_version (owner_unit_id, year);
CREATE INDEX effect_goal_version_as_of ON effect_goal_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- Which inriktningsmål an effektmål links to (R-10); the decision is the one that made that link.
CREATE TABLE effect_goal_link_version (
    goal_id           UUID         NOT NULL,
    direction_goal_id UUID         NOT NULL,
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
CREATE INDEX effect_goal_link_version_current ON effect_goal_link_version (goal_id) WHERE recorded_to IS NULL;
CREATE INDEX effect_goal_link_version_goal ON effect_goal_link_version (goal_id, valid_from);
CREATE INDEX effect_goal_link_version_direction_goal ON effect_goal_link_version (direction_goal_id);
CREATE INDEX effect_goal_link_version_as_of ON effect_goal_link_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- The indicators attached to a goal (effektmål or inriktningsmål), one row per målvärde and period (R-14).
CREATE TABLE goal_indicator_version (
    goal_id           UUID         NOT NULL,
    indicator_id      UUID         NOT NULL,
    target_value      NUMERIC,
    period_kind       VARCHAR(16),
    period_year       INTEGER,
    period_number     INTEGER,
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
CREATE INDEX goal_indicator_version_current ON goal_indicator_version (goal_id) WHERE recorded_to IS NULL;
CREATE INDEX goal_indicator_version_goal ON goal_indicator_version (goal_id, valid_from);
CREATE INDEX goal_indicator_version_indicator ON goal_indicator_version (indicator_id);
CREATE INDEX goal_indicator_version_as_of ON goal_indicator_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- An effektmål's förändringsteori, one row per step in order; each definition is a new version.
CREATE TABLE change_theory_version (
    goal_id           UUID         NOT NULL,
    step_number       INTEGER      NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    text              TEXT         NOT NULL,
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
CREATE INDEX change_theory_version_current ON change_theory_version (goal_id) WHERE recorded_to IS NULL;
CREATE INDEX change_theory_version_goal ON change_theory_version (goal_id, valid_from);
CREATE INDEX change_theory_version_as_of ON change_theory_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));
