-- Styrdokument, bitemporal like unit_version: each row is one state of a document, valid over
-- [valid_from, valid_to) on the decision axis and known over [recorded_from, recorded_to) on the recorded axis.
-- A state changes with every decision on the document and when its validity ends (status EXPIRED).
CREATE TABLE governing_document_version (
    document_id          UUID         NOT NULL,
    type                 VARCHAR(32)  NOT NULL,
    version              INTEGER      NOT NULL,
    title                TEXT         NOT NULL,
    case_number          TEXT         NOT NULL,
    owner                TEXT         NOT NULL,
    whole_municipality   BOOLEAN      NOT NULL,
    scope_unit_ids       UUID[]       NOT NULL,
    valid_until          DATE,
    review_due           DATE,
    parent_id            UUID,
    direction_goal_ids   UUID[]       NOT NULL,
    published_url        TEXT,
    published_sha256     VARCHAR(64),
    status               VARCHAR(16)  NOT NULL,  -- IN_FORCE, EXPIRED, REPEALED, REPLACED
    replaced_by          UUID,
    adopted_on           DATE         NOT NULL,
    last_decision        VARCHAR(32)  NOT NULL,  -- what the decision behind this state did: ADOPTED, REVISED …
    decided_by           UUID         NOT NULL,
    decided_on           DATE         NOT NULL,
    paragraph            TEXT         NOT NULL,
    decision_case_number TEXT         NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_to             DATE,
    recorded_from        TIMESTAMPTZ  NOT NULL,
    recorded_to          TIMESTAMPTZ,
    recorded_position    BIGINT       NOT NULL,
    version_key          VARCHAR(32)  NOT NULL
);
CREATE INDEX governing_document_version_current ON governing_document_version (document_id) WHERE recorded_to IS NULL;
CREATE INDEX governing_document_version_as_of ON governing_document_version (document_id, valid_from, recorded_from);
CREATE INDEX governing_document_version_parent ON governing_document_version (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX governing_document_version_review ON governing_document_version (review_due) WHERE status = 'IN_FORCE';
CREATE INDEX governing_document_version_scope ON governing_document_version USING GIN (scope_unit_ids);
