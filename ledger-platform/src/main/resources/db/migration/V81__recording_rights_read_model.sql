-- Recording rights, bitemporal like every read table: a version is in force over [valid_from, valid_to) and was
-- known over [recorded_from, recorded_to). A revocation closes the known version and opens one that ends on its date,
-- so "who could record for Socialnämnden on 2024-03-01, as known at …" stays answerable after it.
CREATE TABLE recording_right_version (
    right_id          UUID         NOT NULL,
    grantee_kind      VARCHAR(16)  NOT NULL,
    grantee           VARCHAR(200) NOT NULL,
    unit_id           UUID,                   -- NULL: the whole kommun (the right from configuration)
    includes_subunits BOOLEAN      NOT NULL,
    configured_as     TEXT,                   -- set for the right from configuration, which has no decision
    decided_by        UUID,
    decided_on        DATE,
    paragraph         TEXT,
    case_number       TEXT,
    revoked_by        UUID,
    revoked_on        DATE,
    revoked_paragraph TEXT,
    revoked_case      TEXT,
    revoked_reason    TEXT,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    recorded_position BIGINT       NOT NULL
);
CREATE INDEX recording_right_version_right ON recording_right_version (right_id) WHERE recorded_to IS NULL;
CREATE INDEX recording_right_version_unit ON recording_right_version (unit_id);

-- Under which recording right each event was recorded (the rights' ids, from the event's metadata).
ALTER TABLE audit_entry ADD COLUMN recording_right TEXT;
