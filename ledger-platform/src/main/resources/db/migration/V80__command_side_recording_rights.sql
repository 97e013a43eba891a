-- Who may record for which unit (R-32), as the command side checks it on every command: one row per recording right,
-- kept in the same transaction as its events. unit_id NULL is the right from configuration, for the whole kommun.
CREATE TABLE cmd_recording_right (
    right_id          UUID         PRIMARY KEY,
    grantee_kind      VARCHAR(16)  NOT NULL,  -- ACCOUNT, GROUP
    grantee           VARCHAR(200) NOT NULL,
    unit_id           UUID,
    includes_subunits BOOLEAN      NOT NULL,
    valid_from        DATE         NOT NULL,
    revoked_from      DATE
);
CREATE INDEX cmd_recording_right_grantee ON cmd_recording_right (grantee_kind, grantee);
