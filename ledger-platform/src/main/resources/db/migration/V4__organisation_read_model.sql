-- Organisation units, bitemporal: each row is one version of a unit, valid over [valid_from, valid_to) on the
-- decision axis and known over [recorded_from, recorded_to) on the recorded axis (NULL = open).
CREATE TABLE unit_version (
    unit_id           UUID         NOT NULL,
    name              TEXT         NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    parent_id         UUID,
    dissolved         BOOLEAN      NOT NULL,
    decided_by        UUID,
    decided_on        DATE         NOT NULL,
    paragraph         TEXT         NOT NULL,
    case_number       TEXT         NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL,
    version_key       VARCHAR(32)  NOT NULL
);
CREATE INDEX unit_version_current ON unit_version (unit_id) WHERE recorded_to IS NULL;
CREATE INDEX unit_version_as_of ON unit_version (unit_id, valid_from, recorded_from);
