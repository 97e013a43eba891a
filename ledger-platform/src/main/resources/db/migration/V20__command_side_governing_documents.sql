-- The command side's own lookup of styrdokument, for parent documents and replacements (other aggregates).
-- Kept in the same transaction as the events that change it.
CREATE TABLE cmd_governing_document (
    document_id UUID        PRIMARY KEY,
    type        VARCHAR(32) NOT NULL,
    parent_id   UUID,
    adopted_on  DATE        NOT NULL,
    ended_on    DATE        -- effective date of its repeal or replacement
);
