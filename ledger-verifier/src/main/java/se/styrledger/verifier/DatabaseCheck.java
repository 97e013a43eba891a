package se.styrledger.verifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * (b) The ledger's own database against checkpoints: every row of {@code domain_event_entry} in order of position,
 * with the seal record of its position beside it. Read through a cursor in one read-only transaction, so it runs in
 * constant memory and sees one consistent state.
 */
public final class DatabaseCheck {

    private static final int FETCH_SIZE = 2_000;

    static final String EVENTS = "SELECT e.global_index, e.event_identifier, e.type, e.aggregate_identifier,"
            + " e.sequence_number, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data,"
            + " l.leaf_index, l.leaf_hash FROM domain_event_entry e"
            + " LEFT JOIN ledger_leaf l ON l.global_index = e.global_index ORDER BY e.global_index";

    private static final int BATCH = 4_096;

    private DatabaseCheck() {
    }

    private record Row(long position, String eventId, String aggregateType, String aggregateId, long sequenceNumber,
                       String timeStamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
                       Long leafIndex, byte[] leafHash) {

        SealedEvent sealed() {
            return new SealedEvent(CanonicalEvent.fromStored(position, eventId, aggregateType, aggregateId,
                    sequenceNumber, timeStamp, payloadType, payloadRevision, payload, metaData), leafIndex, leafHash,
                    null);
        }
    }

    private static void feed(List<Row> batch, LedgerCheck check) {
        batch.parallelStream().map(Row::sealed).toList().forEach(check::accept);
    }

    /** The checkpoints the ledger itself keeps, newest last; a published one is better (see docs). */
    public static List<Checkpoint> storedCheckpoints(Connection connection, int newest) throws SQLException {
        List<Checkpoint> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT document FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT ?")) {
            query.setInt(1, newest);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    try {
                        found.add(0, Checkpoint.parse(rows.getString(1)));
                    } catch (java.io.IOException e) {
                        throw new SQLException("A stored checkpoint is not readable", e);
                    }
                }
            }
        }
        return found;
    }

    public static Verdict check(Connection connection, List<Checkpoint> checkpoints, PublicKey trustedKey)
            throws SQLException {
        LedgerCheck check = new LedgerCheck(checkpoints, trustedKey);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery(EVENTS)) {
                // Rows are read on this thread and made canonical (the JSON work) on all cores, a batch at a time;
                // the tree takes them in order.
                List<Row> batch = new ArrayList<>(BATCH);
                while (check.wantsMore() && rows.next()) {
                    long leafIndex = rows.getLong(11);
                    Long sealedAs = rows.wasNull() ? null : leafIndex;
                    batch.add(new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getBytes(9), rows.getBytes(10), sealedAs, rows.getBytes(12)));
                    if (batch.size() == BATCH) {
                        feed(batch, check);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                feed(batch, check);
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return check.finish();
    }
}
