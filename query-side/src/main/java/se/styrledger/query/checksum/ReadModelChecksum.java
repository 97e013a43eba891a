package se.styrledger.query.checksum;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.platform.eventstore.AxonTables;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A checksum of every read table's content, to prove that a rebuild or an import reproduces the read models exactly.
 * A read table is every table in the schema except Axon's, Flyway's, the rebuild's own state and the command side's
 * ({@code cmd_…} and the idempotency keys; ADR 0003 names command-side tables so). Tables added by other kinds of
 * component that are not read models are listed in {@code styrledger.read-models.not-read-tables}.
 * <p>
 * Rows are hashed in byte order of their text form, in UTC, in one snapshot, streamed through a cursor: the checksum
 * depends only on the content, not on row order, the node's time zone or the table's size in memory. It covers every
 * column, so a read table must be a function of the event stream alone (no serial ids, no {@code now()}).
 */
@Component
public class ReadModelChecksum {

    private static final Set<String> INFRASTRUCTURE = Stream.concat(AxonTables.NAMES.stream(), Stream.of(
            "flyway_schema_history", "read_model_rebuild", "idempotency_key",
            // Who read the audit trail: a log of its own, not derived from events, so a rebuild keeps it.
            "audit_access",
            // The seal: it follows the event store, carries signing times, and no rebuild touches it.
            "ledger_leaf", "ledger_tree_node", "ledger_checkpoint")).collect(Collectors.toUnmodifiableSet());
    private static final String COMMAND_SIDE_PREFIX = "cmd_";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Set<String> notReadTables;

    public ReadModelChecksum(DataSource dataSource, PlatformTransactionManager transactionManager,
                             ReadModelProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.notReadTables = Set.copyOf(properties.notReadTables());
    }

    /** One table's checksum: its row count and the SHA-256 of its rows. */
    public record TableChecksum(long rows, String sha256) {
    }

    /** The checksum of all read tables together, and of each. */
    public record Checksums(String sha256, Map<String, TableChecksum> tables) {
    }

    public Checksums compute() {
        return snapshot.execute(tx -> {
            jdbc.execute("SET LOCAL TimeZone = 'UTC'");
            jdbc.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            jdbc.execute("SET LOCAL IntervalStyle = 'iso_8601'");
            jdbc.execute("SET LOCAL extra_float_digits = 3");
            Map<String, TableChecksum> tables = new LinkedHashMap<>();
            MessageDigest all = sha256();
            for (String table : readTables()) {
                TableChecksum checksum = checksum(table);
                tables.put(table, checksum);
                all.update((table + " " + checksum.rows() + " " + checksum.sha256() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return new Checksums(HexFormat.of().formatHex(all.digest()), tables);
        });
    }

    public List<String> readTables() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\"", String.class).stream()
                .filter(table -> !INFRASTRUCTURE.contains(table) && !table.startsWith(COMMAND_SIDE_PREFIX)
                        && !notReadTables.contains(table))
                .toList();
    }

    private TableChecksum checksum(String table) {
        if (!PLAIN_NAME.matcher(table).matches()) {
            throw new IllegalStateException("Read table names are plain snake_case: " + table);
        }
        MessageDigest digest = sha256();
        long[] rows = {0};
        jdbc.query("SELECT t::text AS row FROM " + table + " t ORDER BY t::text COLLATE \"C\"", rs -> {
            digest.update(rs.getString(1).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            rows[0]++;
        });
        return new TableChecksum(rows[0], HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
