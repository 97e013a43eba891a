-- The ansvarsprövning (docs/ansvarsprovning.md): per nämnd and year the revisorer's bedömning and KF's decision on
-- ansvarsfrihet, the revisorer's granskningsrapporter, the revisionsberättelse per year, and the presidier KF elected.
-- Bitemporal like every read table; links to protokoll and beslutsunderlag are kept as JSON text.

CREATE TABLE accountability_version (
    accountability_id      UUID         NOT NULL,
    unit_id                UUID         NOT NULL,
    year                   INTEGER      NOT NULL,
    assessment             TEXT,
    recommendation         TEXT,
    remark                 TEXT,
    assessment_grounds     TEXT,
    assessed_on            DATE,
    assessment_case_number TEXT,
    assessment_paragraph   TEXT,
    assessment_links       TEXT,
    outcome                TEXT,
    discharge_grounds      TEXT,
    decision_links         TEXT,
    version                INTEGER      NOT NULL,
    decided_by             UUID,
    decided_on             DATE,
    paragraph              TEXT,
    case_number            TEXT,
    effective_from         DATE,
    valid_from             DATE         NOT NULL,
    valid_to               DATE,
    recorded_from          TIMESTAMPTZ  NOT NULL,
    recorded_to            TIMESTAMPTZ,
    recorded_position      BIGINT       NOT NULL,
    version_key            VARCHAR(32)  NOT NULL
);
CREATE INDEX accountability_version_current ON accountability_version (accountability_id) WHERE recorded_to IS NULL;
CREATE INDEX accountability_version_unit ON accountability_version (unit_id, year);
CREATE INDEX accountability_version_as_of ON accountability_version
    USING gist (daterange(valid_from, valid_to, '[)'), tstzrange(recorded_from, recorded_to, '[)'));

CREATE TABLE audit_report_version (
    accountability_id UUID         NOT NULL,
    report_id         UUID         NOT NULL,
    title             TEXT         NOT NULL,
    conclusions       TEXT         NOT NULL,
    issued_on         DATE         NOT NULL,
    case_number       TEXT         NOT NULL,
    paragraph         TEXT,
    links             TEXT         NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX audit_report_version_current ON audit_report_version (accountability_id) WHERE recorded_to IS NULL;
CREATE INDEX audit_report_version_accountability ON audit_report_version (accountability_id, valid_from);

CREATE TABLE audit_statement_version (
    statement_id      UUID         NOT NULL,
    year              INTEGER      NOT NULL,
    summary           TEXT         NOT NULL,
    issued_on         DATE         NOT NULL,
    case_number       TEXT         NOT NULL,
    paragraph         TEXT,
    links             TEXT         NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX audit_statement_version_current ON audit_statement_version (statement_id) WHERE recorded_to IS NULL;
CREATE INDEX audit_statement_version_year ON audit_statement_version (year);

CREATE TABLE presidium_version (
    presidium_id      UUID         NOT NULL,
    unit_id           UUID         NOT NULL,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    decision_links    TEXT         NOT NULL,
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
CREATE INDEX presidium_version_current ON presidium_version (presidium_id) WHERE recorded_to IS NULL;
CREATE INDEX presidium_version_unit ON presidium_version (unit_id, starts_on);

CREATE TABLE presidium_holder_version (
    presidium_id      UUID         NOT NULL,
    role              TEXT         NOT NULL,
    name              TEXT         NOT NULL,
    party             TEXT,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX presidium_holder_version_current ON presidium_holder_version (presidium_id) WHERE recorded_to IS NULL;
CREATE INDEX presidium_holder_version_presidium ON presidium_holder_version (presidium_id, valid_from);
