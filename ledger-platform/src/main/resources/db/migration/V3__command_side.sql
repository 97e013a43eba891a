-- Idempotency-Key claims: written in the same transaction as the command's events, so a retried key finds
-- either nothing (the first attempt failed and left nothing) or the first answer.
CREATE TABLE idempotency_key (
    key         VARCHAR(200) PRIMARY KEY,
    fingerprint VARCHAR(64)  NOT NULL,
    status      INTEGER,
    resource_id UUID,
    position    BIGINT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The command side's own lookup of organisation units, for rules that need facts from another aggregate.
-- Kept in the same transaction as the events that change it.
CREATE TABLE cmd_unit (
    unit_id        UUID         PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    parent_id      UUID,
    established_on DATE         NOT NULL,
    dissolved_on   DATE
);
