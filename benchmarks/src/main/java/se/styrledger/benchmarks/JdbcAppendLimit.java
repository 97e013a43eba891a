package se.styrledger.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The append limit: the ledger's own event rows (same payloads, same metadata) inserted with plain JDBC, one row per
 * transaction, into a copy of the event table on the same database. No HTTP, no Axon, no idempotency claim, no lookups.
 */
final class JdbcAppendLimit {

    private record Row(String type, String payloadType, byte[] payload, byte[] metaData) {
    }

    private final String jdbcUrl;
    private final List<Row> rows = new ArrayList<>();

    JdbcAppendLimit(String jdbcUrl) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_event_entry");
            statement.execute("CREATE TABLE bench_event_entry (LIKE domain_event_entry INCLUDING CONSTRAINTS INCLUDING INDEXES)");
            statement.execute("ALTER TABLE bench_event_entry ALTER COLUMN global_index ADD GENERATED ALWAYS AS IDENTITY");
            try (ResultSet sample = statement.executeQuery("SELECT type, payload_type, payload, meta_data"
                    + " FROM domain_event_entry ORDER BY global_index DESC LIMIT 5000")) {
                while (sample.next()) {
                    rows.add(new Row(sample.getString(1), sample.getString(2), sample.getBytes(3), sample.getBytes(4)));
                }
            }
        }
    }

    double averagePayloadBytes() {
        return rows.stream().mapToInt(row -> row.payload().length).average().orElse(0);
    }

    /** Rows committed and the wall time taken. */
    record Result(long rows, double seconds) {
        double perSecond() {
            return rows / seconds;
        }
    }

    /** Inserts for {@code seconds} with {@code clients} connections. */
    Result insert(int clients, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong committed = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    insertUntil(deadline, client, committed);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return new Result(committed.get(), (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private void insertUntil(long deadline, int client, AtomicLong committed) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bench_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " VALUES (?, ?, 0, ?, ?, ?, NULL, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = client; System.nanoTime() < deadline; i += 17) {
                Row row = rows.get(i % rows.size());
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, row.type());
                insert.setString(4, java.time.Instant.now().toString());
                insert.setString(5, row.payloadType());
                insert.setBytes(6, row.payload());
                insert.setBytes(7, row.metaData());
                insert.executeUpdate();
                connection.commit();
                committed.incrementAndGet();
            }
        }
    }

    void drop() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE bench_event_entry");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
