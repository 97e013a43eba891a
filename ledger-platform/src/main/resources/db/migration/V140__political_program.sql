-- Politiska program, kept as references (R-08): a party's will, not a kommun decision, so no beslutsinstans, § or
-- diarienummer. A program is recorded once and never changes, so one row holds it on both axes: it is there as of
-- presented_on (decision axis) once known, from recorded_from (recorded axis).
CREATE TABLE political_program (
    program_id        UUID         PRIMARY KEY,
    title             TEXT         NOT NULL,
    parties           TEXT         NOT NULL,
    presented_on      DATE         NOT NULL,
    published_url     TEXT,
    published_sha256  TEXT,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_position BIGINT       NOT NULL
);
CREATE INDEX political_program_presented ON political_program (presented_on);
