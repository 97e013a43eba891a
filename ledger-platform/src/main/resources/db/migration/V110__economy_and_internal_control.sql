-- Ekonomi (R-40, R-41) and intern kontroll (R-42–R-44). Every table keeps both time axes like the röd tråd's:
-- valid_from/valid_to on the decision axis, recorded_from/recorded_to on the recorded axis.

-- Each nämnd's ram per version of a year's budget: KF's budget and its amendments refolded in order of effect.
CREATE TABLE budget_frame_version (
    budget_id         UUID         NOT NULL,
    unit_id           UUID         NOT NULL,
    year              INTEGER      NOT NULL,
    amount            NUMERIC      NOT NULL,
    adopted_amount    NUMERIC      NOT NULL,
    amendments        INTEGER      NOT NULL,
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
CREATE INDEX budget_frame_version_current ON budget_frame_version (budget_id) WHERE recorded_to IS NULL;
CREATE INDEX budget_frame_version_unit ON budget_frame_version (unit_id, year);
CREATE INDEX budget_frame_version_as_of ON budget_frame_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- The bolag's financial targets from ägardirektiv, as KF's budget states them.
CREATE TABLE company_financial_target_version (
    budget_id          UUID         NOT NULL,
    unit_id            UUID         NOT NULL,
    year               INTEGER      NOT NULL,
    target             TEXT         NOT NULL,
    owner_directive_id UUID,
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
CREATE INDEX company_financial_target_version_current ON company_financial_target_version (budget_id)
    WHERE recorded_to IS NULL;
CREATE INDEX company_financial_target_version_as_of ON company_financial_target_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

-- Utfall: valid over its period, known until a later recording for the same nämnd and period supersedes it.
CREATE TABLE financial_outcome_version (
    import_id         UUID         NOT NULL,
    unit_id           UUID         NOT NULL,
    period_kind       VARCHAR(8)   NOT NULL,
    period_year       INTEGER      NOT NULL,
    period_number     INTEGER      NOT NULL,
    amount            NUMERIC      NOT NULL,
    source            VARCHAR(8)   NOT NULL,
    file_name         TEXT,
    sha256            VARCHAR(64),
    event_id          VARCHAR(255) NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE         NOT NULL,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    PRIMARY KEY (import_id, unit_id, period_kind, period_year, period_number)
);
CREATE INDEX financial_outcome_version_unit ON financial_outcome_version (unit_id, period_year);

-- Prognoser: likewise, one per nämnd and period as known, superseded by a later one for the same period.
CREATE TABLE forecast_version (
    forecast_id       UUID         PRIMARY KEY,
    unit_id           UUID         NOT NULL,
    period_kind       VARCHAR(8)   NOT NULL,
    period_year       INTEGER      NOT NULL,
    period_number     INTEGER      NOT NULL,
    full_year         NUMERIC      NOT NULL,
    source            TEXT         NOT NULL,
    remedy            TEXT,
    event_id          VARCHAR(255) NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE         NOT NULL,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL
);
CREATE INDEX forecast_version_unit ON forecast_version (unit_id, period_year);

-- A nämnd's internkontrollplan per version, with its uppföljning to KS once reported.
CREATE TABLE internal_control_plan_version (
    plan_id             UUID         NOT NULL,
    unit_id             UUID         NOT NULL,
    year                INTEGER      NOT NULL,
    reported_on         DATE,
    report_paragraph    TEXT,
    report_case_number  TEXT,
    report_summary      TEXT,
    version             INTEGER      NOT NULL,
    decided_by          UUID,
    decided_on          DATE,
    paragraph           TEXT,
    case_number         TEXT,
    effective_from      DATE,
    valid_from          DATE         NOT NULL,
    valid_to            DATE,
    recorded_from       TIMESTAMPTZ  NOT NULL,
    recorded_to         TIMESTAMPTZ,
    recorded_position   BIGINT       NOT NULL,
    version_key         VARCHAR(32)  NOT NULL
);
CREATE INDEX internal_control_plan_version_current ON internal_control_plan_version (plan_id) WHERE recorded_to IS NULL;
CREATE INDEX internal_control_plan_version_unit ON internal_control_plan_version (unit_id, year);
CREATE INDEX internal_control_plan_version_as_of ON internal_control_plan_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

CREATE TABLE internal_control_risk_version (
    plan_id           UUID         NOT NULL,
    risk_id           UUID         NOT NULL,
    description       TEXT         NOT NULL,
    likelihood        INTEGER      NOT NULL,
    consequence       INTEGER      NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX internal_control_risk_version_current ON internal_control_risk_version (plan_id) WHERE recorded_to IS NULL;
CREATE INDEX internal_control_risk_version_plan ON internal_control_risk_version (plan_id, valid_from);

-- Kontrollmoment with the latest result known on the version's dates.
CREATE TABLE internal_control_control_version (
    plan_id           UUID         NOT NULL,
    control_id        UUID         NOT NULL,
    what              TEXT         NOT NULL,
    how               TEXT         NOT NULL,
    responsible       TEXT         NOT NULL,
    due               DATE         NOT NULL,
    frequency         TEXT         NOT NULL,
    risk_id           UUID,
    performed_on      DATE,
    result            TEXT,
    deviations_found  INTEGER      NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX internal_control_control_version_current ON internal_control_control_version (plan_id)
    WHERE recorded_to IS NULL;
CREATE INDEX internal_control_control_version_plan ON internal_control_control_version (plan_id, valid_from);

-- Avvikelser with their åtgärd or the recorded reason why none is taken (R-44).
CREATE TABLE internal_control_deviation_version (
    plan_id            UUID         NOT NULL,
    deviation_id       UUID         NOT NULL,
    control_id         UUID         NOT NULL,
    found_on           DATE         NOT NULL,
    description        TEXT         NOT NULL,
    remedy_action      TEXT,
    remedy_responsible TEXT,
    remedy_due         DATE,
    no_remedy_reason   TEXT,
    answered_on        DATE,
    valid_from         DATE         NOT NULL,
    valid_to           DATE,
    recorded_from      TIMESTAMPTZ  NOT NULL,
    recorded_to        TIMESTAMPTZ,
    recorded_position  BIGINT       NOT NULL,
    version_key        VARCHAR(32)  NOT NULL
);
CREATE INDEX internal_control_deviation_version_current ON internal_control_deviation_version (plan_id)
    WHERE recorded_to IS NULL;
CREATE INDEX internal_control_deviation_version_plan ON internal_control_deviation_version (plan_id, valid_from);
