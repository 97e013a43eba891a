-- Follow-up: indicator values, assessments (måluppfyllelse) and the three reports of a year (R-20 … R-23).

-- ─── Command side: lookups kept in the command's own transaction ─────────────────────────────────────────────

-- One report per year and kind (R-20); its status decides whether a value is late and whether it takes
-- assessments (R-21).
CREATE TABLE cmd_follow_up_report (
    report_id UUID        PRIMARY KEY,
    year      INTEGER     NOT NULL,
    kind      VARCHAR(16) NOT NULL,  -- INTERIM_1, INTERIM_2, ANNUAL
    cut_off   DATE        NOT NULL,
    status    VARCHAR(16) NOT NULL   -- OPEN, CLOSED, ADOPTED
);
CREATE UNIQUE INDEX cmd_follow_up_report_one_per_kind ON cmd_follow_up_report (year, kind);

-- Every indicator value; at most one current value per indicator, unit and period, so a second figure for the
-- same period can only come as a correction naming the value it supersedes (R-23).
CREATE TABLE cmd_indicator_value (
    value_id      UUID       PRIMARY KEY,
    indicator_id  UUID       NOT NULL,
    unit_id       UUID       NOT NULL,
    period_kind   VARCHAR(8) NOT NULL,
    period_year   INTEGER    NOT NULL,
    period_number INTEGER    NOT NULL,
    superseded_by UUID
);
CREATE UNIQUE INDEX cmd_indicator_value_current
    ON cmd_indicator_value (indicator_id, unit_id, period_kind, period_year, period_number)
    WHERE superseded_by IS NULL;

-- ─── Query side: the follow-up projection's tables ───────────────────────────────────────────────────────────
-- All written by one processing group in global order, so when it handles a FollowUpReportClosed event these
-- tables hold exactly the events before it (ADR 0040). Bitemporal like unit_version.

CREATE TABLE report_unit_version (
    unit_id           UUID        NOT NULL,
    name              TEXT        NOT NULL,
    kind              VARCHAR(32) NOT NULL,
    parent_id         UUID,
    dissolved         BOOLEAN     NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT      NOT NULL,
    version_key       VARCHAR(32) NOT NULL
);
CREATE INDEX report_unit_version_current ON report_unit_version (unit_id) WHERE recorded_to IS NULL;

-- Strategiska inriktningar, inriktningsmål and effektmål: what a report says about each goal.
CREATE TABLE report_goal_version (
    goal_id           UUID        NOT NULL,
    kind              VARCHAR(32) NOT NULL,  -- STRATEGIC_DIRECTION, DIRECTION_GOAL, EFFECT_GOAL
    owner_unit_id     UUID,                  -- effektmål: the nämnd or bolag; inriktningsmål: KF
    parent_id         UUID,                  -- inriktningsmål: its strategisk inriktning
    from_year         INTEGER,
    to_year           INTEGER,
    title             TEXT        NOT NULL,
    target_group      TEXT,
    intended_effect   TEXT,
    linked_goal_ids   TEXT        NOT NULL,  -- effektmål: the inriktningsmål it links to, comma-separated
    imposed           BOOLEAN     NOT NULL,
    withdrawn         BOOLEAN     NOT NULL,
    paragraph         TEXT,
    case_number       TEXT,
    decided_on        DATE,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT      NOT NULL,
    version_key       VARCHAR(32) NOT NULL
);
CREATE INDEX report_goal_version_current ON report_goal_version (goal_id) WHERE recorded_to IS NULL;
CREATE INDEX report_goal_version_kind ON report_goal_version (kind, from_year);

-- An indicator's målvärde on a goal (R-14); target_id identifies the pair (goal, indicator).
CREATE TABLE report_target_version (
    target_id         UUID         NOT NULL,
    goal_id           UUID         NOT NULL,
    indicator_id      UUID         NOT NULL,
    attached          BOOLEAN      NOT NULL,
    target_value      NUMERIC,
    period_kind       VARCHAR(8),
    period_year       INTEGER,
    period_number     INTEGER,
    event_id          VARCHAR(255) NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX report_target_version_current ON report_target_version (target_id) WHERE recorded_to IS NULL;
CREATE INDEX report_target_version_goal ON report_target_version (goal_id);

CREATE TABLE report_activity_version (
    activity_id       UUID        NOT NULL,
    effect_goal_id    UUID        NOT NULL,
    title             TEXT        NOT NULL,
    responsible       TEXT        NOT NULL,
    due_date          DATE        NOT NULL,
    status            VARCHAR(16) NOT NULL,
    status_comment    TEXT,
    imposed           BOOLEAN     NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT      NOT NULL,
    version_key       VARCHAR(32) NOT NULL
);
CREATE INDEX report_activity_version_current ON report_activity_version (activity_id) WHERE recorded_to IS NULL;
CREATE INDEX report_activity_version_goal ON report_activity_version (effect_goal_id);

CREATE TABLE report_indicator_version (
    indicator_id      UUID        NOT NULL,
    name              TEXT        NOT NULL,
    unit_of_measure   TEXT,
    direction         VARCHAR(32) NOT NULL,
    source            VARCHAR(32) NOT NULL,
    kolada_kpi_id     TEXT,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT      NOT NULL,
    version_key       VARCHAR(32) NOT NULL
);
CREATE INDEX report_indicator_version_current ON report_indicator_version (indicator_id) WHERE recorded_to IS NULL;

-- Indicator values: valid over their period on the decision axis, known from their event until a correction
-- supersedes them on the recorded axis (R-23). Nothing is deleted: a superseded value keeps its row.
CREATE TABLE indicator_value_version (
    value_id               UUID         PRIMARY KEY,
    indicator_id           UUID         NOT NULL,
    unit_id                UUID         NOT NULL,
    period_kind            VARCHAR(8)   NOT NULL,
    period_year            INTEGER      NOT NULL,
    period_number          INTEGER      NOT NULL,
    value                  NUMERIC      NOT NULL,
    women                  NUMERIC,
    men                    NUMERIC,
    source                 TEXT         NOT NULL,
    supersedes_value_id    UUID,
    reason                 TEXT,
    late_for_report_id     UUID,
    after_closed_report_id UUID,
    recorded_by            TEXT,
    event_id               VARCHAR(255) NOT NULL,
    valid_from             DATE         NOT NULL,
    valid_to               DATE         NOT NULL,
    recorded_from          TIMESTAMPTZ  NOT NULL,
    recorded_to            TIMESTAMPTZ,
    recorded_position      BIGINT       NOT NULL
);
CREATE INDEX indicator_value_version_series ON indicator_value_version (indicator_id, unit_id, period_year);
CREATE INDEX indicator_value_version_month ON indicator_value_version (period_kind, period_year, period_number);
CREATE INDEX indicator_value_version_recorded ON indicator_value_version (recorded_from);

-- Assessments: a later assessment of the same goal in the same report supersedes the earlier on the recorded axis.
CREATE TABLE assessment_version (
    assessment_id     UUID         PRIMARY KEY,
    report_id         UUID         NOT NULL,
    goal_id           UUID         NOT NULL,
    level             VARCHAR(32)  NOT NULL,
    analysis          TEXT         NOT NULL,
    assessed_by       TEXT         NOT NULL,
    recorded_by       TEXT,
    event_id          VARCHAR(255) NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE         NOT NULL,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL
);
CREATE INDEX assessment_version_report ON assessment_version (report_id, goal_id);

-- The reports themselves; a new row for each change of status (open, closed, adopted) on the recorded axis.
CREATE TABLE follow_up_report_version (
    report_id         UUID         NOT NULL,
    year              INTEGER      NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    cut_off           DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    opened_at         TIMESTAMPTZ  NOT NULL,
    closed_at         TIMESTAMPTZ,
    closed_position   BIGINT,
    closed_event_id   VARCHAR(255),
    decided_by        UUID,
    decided_on        DATE,
    paragraph         TEXT,
    case_number       TEXT,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL
);
CREATE INDEX follow_up_report_version_current ON follow_up_report_version (report_id) WHERE recorded_to IS NULL;

-- What a report said when it was closed, as the exact bytes served ever after (R-21, ADR 0040). Never updated;
-- only a rebuild of the projection clears it, and the rebuild writes the same bytes again.
CREATE TABLE report_snapshot (
    report_id       UUID        PRIMARY KEY,
    closed_position BIGINT      NOT NULL,
    closed_at       TIMESTAMPTZ NOT NULL,
    document        BYTEA       NOT NULL,
    sha256          VARCHAR(64) NOT NULL
);

CREATE FUNCTION refuse_snapshot_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'report_snapshot is frozen (R-21): UPDATE refused'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER report_snapshot_frozen
    BEFORE UPDATE ON report_snapshot
    FOR EACH ROW EXECUTE FUNCTION refuse_snapshot_change();
