-- The seal (R-33, ADR 0080): an RFC 6962 Merkle tree over the events in order of position, kept by the sealer.
-- One row per sealed event: its place in the tree (leaf_index, from 0, no gaps) and its leaf hash.
CREATE TABLE ledger_leaf (
    leaf_index   BIGINT PRIMARY KEY,
    global_index BIGINT NOT NULL UNIQUE,
    leaf_hash    BYTEA  NOT NULL
);

-- The root of every perfect subtree above the leaves (level 1 = two leaves, level 2 = four …): about one row per
-- event. Proofs read some forty of them instead of hashing a million leaves, and the sealer resumes from the few
-- that cover the tree instead of hashing everything again.
CREATE TABLE ledger_tree_node (
    level      SMALLINT NOT NULL,
    node_index BIGINT   NOT NULL,
    hash       BYTEA    NOT NULL,
    PRIMARY KEY (level, node_index)
);

-- Signed checkpoints, each as the exact JSON document a kommun publishes.
CREATE TABLE ledger_checkpoint (
    tree_size     BIGINT      PRIMARY KEY,
    last_position BIGINT      NOT NULL,
    root_hash     BYTEA       NOT NULL,
    issued_at     TIMESTAMPTZ NOT NULL,
    reason        VARCHAR(32) NOT NULL,
    key_id        VARCHAR(16) NOT NULL,
    document      TEXT        NOT NULL
);

-- What is sealed stays sealed, for the application as for the event store (R-30): a sealer that ran wild could
-- otherwise rewrite the records that name a tampered position. The owner can still drop the trigger; the signed
-- checkpoints outside the database are what catches that.
CREATE FUNCTION refuse_seal_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (R-33): % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ledger_leaf_append_only BEFORE UPDATE OR DELETE ON ledger_leaf
    FOR EACH ROW EXECUTE FUNCTION refuse_seal_change();
CREATE TRIGGER ledger_tree_node_append_only BEFORE UPDATE OR DELETE ON ledger_tree_node
    FOR EACH ROW EXECUTE FUNCTION refuse_seal_change();
CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_seal_change();

REVOKE UPDATE, DELETE, TRUNCATE ON ledger_leaf, ledger_tree_node, ledger_checkpoint FROM styrledger_app;
