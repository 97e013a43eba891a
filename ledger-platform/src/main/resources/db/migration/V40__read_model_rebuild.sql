-- Whether the read models are complete, shared by every query node on this database (ADR 0030).
--   SERVING   the read tables are complete; queries are answered
--   STOPPING  a rebuild was requested; every node stops its projections so their tables can be reset
--   REPLAYING the tables were reset; the projections replay the event store up to target_position
-- Queries answer 503 with Retry-After unless SERVING. generation grows with every rebuild, so a query that sees the
-- same generation before and after reading knows no reset happened in between.
CREATE TABLE read_model_rebuild (
    id              SMALLINT    PRIMARY KEY CHECK (id = 1),
    generation      BIGINT      NOT NULL,
    state           VARCHAR(16) NOT NULL CHECK (state IN ('SERVING', 'STOPPING', 'REPLAYING')),
    requested_by    TEXT,
    requested_at    TIMESTAMPTZ,
    reset_at        TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    target_position BIGINT,
    total_events    BIGINT,
    outcome         VARCHAR(16) CHECK (outcome IN ('COMPLETED', 'ABANDONED')),
    failure         TEXT
);

INSERT INTO read_model_rebuild (id, generation, state) VALUES (1, 0, 'SERVING');
