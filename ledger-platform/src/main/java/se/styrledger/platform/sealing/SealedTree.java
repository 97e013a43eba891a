package se.styrledger.platform.sealing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.platform.eventstore.EventLine;
import se.styrledger.verifier.Hashes;
import se.styrledger.verifier.MerkleProofs;
import se.styrledger.verifier.MerkleProofs.Coordinate;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the seal: checkpoints, the leaf of a position, and inclusion and consistency proofs made from the stored
 * subtree roots in one query each. Everything here is hashes and positions; nothing names who recorded an
 * event.
 */
@Component
public class SealedTree {

    /** Where an event sits in the tree. */
    public record Leaf(long leafIndex, long position, byte[] hash) {
    }

    /** A proof with the root it leads to. */
    public record Proof(List<byte[]> path, byte[] root) {
    }

    private final JdbcTemplate jdbc;

    public SealedTree(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public long size() {
        Long size = jdbc.queryForObject("SELECT coalesce(max(leaf_index), -1) + 1 FROM ledger_leaf", Long.class);
        return size == null ? 0 : size;
    }

    public Optional<Leaf> leafAt(long position) {
        return jdbc.query("SELECT leaf_index, global_index, leaf_hash FROM ledger_leaf WHERE global_index = ?",
                (rs, i) -> new Leaf(rs.getLong(1), rs.getLong(2), rs.getBytes(3)), position).stream().findFirst();
    }

    public Optional<String> latestCheckpoint() {
        return jdbc.queryForList("SELECT document FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1",
                String.class).stream().findFirst();
    }

    public Optional<String> checkpoint(long treeSize) {
        return jdbc.queryForList("SELECT document FROM ledger_checkpoint WHERE tree_size = ?", String.class, treeSize)
                .stream().findFirst();
    }

    /** The first checkpoint whose tree holds the leaf: for a report, the one made when it closed. */
    public Optional<String> firstCheckpointHolding(long leafIndex) {
        return jdbc.queryForList("SELECT document FROM ledger_checkpoint WHERE tree_size > ? ORDER BY tree_size"
                + " LIMIT 1", String.class, leafIndex).stream().findFirst();
    }

    /** Newest first. */
    public List<String> checkpoints(int limit) {
        return jdbc.queryForList("SELECT document FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT ?",
                String.class, limit);
    }

    public Proof inclusion(long leafIndex, long treeSize) {
        return MerkleProofs.batched(nodes -> new Proof(MerkleProofs.inclusion(leafIndex, treeSize, nodes),
                MerkleProofs.rangeHash(0, treeSize, nodes)), this::fetch);
    }

    /** The consistency proof from {@code first} to {@code second} leaves; the root is the second tree's. */
    public Proof consistency(long first, long second) {
        return MerkleProofs.batched(nodes -> new Proof(MerkleProofs.consistency(first, second, nodes),
                MerkleProofs.rangeHash(0, second, nodes)), this::fetch);
    }

    public byte[] root(long treeSize) {
        return MerkleProofs.batched(nodes -> MerkleProofs.rangeHash(0, treeSize, nodes), this::fetch);
    }

    /** The event at a position as an open export line carries it, with its seal records: for report proofs. */
    public Optional<EventLine> openLine(long position) {
        return jdbc.query("SELECT e.global_index, e.event_identifier, e.type, e.aggregate_identifier,"
                + " e.sequence_number, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data,"
                + " l.leaf_index, l.leaf_hash FROM domain_event_entry e"
                + " LEFT JOIN ledger_leaf l ON l.global_index = e.global_index WHERE e.global_index = ?",
                (rs, i) -> EventLine.fromStored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                        rs.getBytes(10), (Long) rs.getObject(11), rs.getBytes(12)).withoutPersonalData(), position)
                .stream().findFirst();
    }

    private Map<Coordinate, byte[]> fetch(Set<Coordinate> wanted) {
        Long[] leafIndexes = wanted.stream().filter(c -> c.level() == 0).map(Coordinate::index).toArray(Long[]::new);
        List<Coordinate> inner = wanted.stream().filter(c -> c.level() > 0).toList();
        Map<Coordinate, byte[]> found = new HashMap<>();
        if (leafIndexes.length > 0) {
            jdbc.query("SELECT leaf_index, leaf_hash FROM ledger_leaf WHERE leaf_index = ANY (?)",
                    rs -> {
                        found.put(new Coordinate(0, rs.getLong(1)), rs.getBytes(2));
                    }, (Object) leafIndexes);
        }
        if (!inner.isEmpty()) {
            jdbc.query("SELECT t.level, t.node_index, t.hash FROM unnest(?::smallint[], ?::bigint[])"
                            + " AS wanted (level, node_index) JOIN ledger_tree_node t"
                            + " ON t.level = wanted.level AND t.node_index = wanted.node_index",
                    rs -> {
                        found.put(new Coordinate(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                    }, inner.stream().map(c -> (short) c.level()).toArray(Short[]::new),
                    inner.stream().map(Coordinate::index).toArray(Long[]::new));
        }
        return found;
    }

    public static String hex(byte[] hash) {
        return Hashes.hex(hash);
    }
}
