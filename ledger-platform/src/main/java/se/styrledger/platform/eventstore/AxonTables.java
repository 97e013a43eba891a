package se.styrledger.platform.eventstore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The one place that reads Axon's own tables with SQL: the event store ({@code domain_event_entry}: positions, first
 * events), the tracking tokens ({@code token_entry}) and the dead letters ({@code dead_letter_entry}). Their layout is
 * Axon's and may change with an Axon release; here it is one file to look at (ADR 0133). Axon itself writes them;
 * Flyway creates them. The sealer ({@code sealing}) keeps its own append-side SQL, as the verifier keeps its own
 * reading, on purpose: they prove what the store holds and must not share code with what they check.
 */
@Component
public class AxonTables {

    /** Axon's tables: never read models, never in a read-model checksum. */
    public static final Set<String> NAMES = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "dead_letter_entry", "association_value_entry", "saga_entry");

    private static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    @Autowired
    public AxonTables(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(FETCH_SIZE);
        // A cursor needs a transaction: with autocommit on, the driver fetches every row at once.
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Over a bare JdbcTemplate, for classes and tests that are given only that. */
    public AxonTables(JdbcTemplate jdbc) {
        this(jdbc, new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    // --- positions in the event store ---

    /** The position of the newest event, 0 in an empty store. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    public boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry)",
                Boolean.class));
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    public long countUpTo(long position) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?",
                Long.class, position);
        return count == null ? 0 : count;
    }

    /** Events after {@code position} or at one of the {@code gaps} a token still waits for: what it has not seen. */
    public long countNotSeen(long position, Collection<Long> gaps) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?"
                + " OR global_index = ANY (?)", Long.class, position, gaps.toArray(Long[]::new));
        return count == null ? 0 : count;
    }

    /** The position of the newest event of one aggregate, if it has any. */
    public Optional<Long> lastPositionOf(String aggregateId) {
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId));
    }

    /** After an import that kept the file's positions: new events continue after {@code position}. */
    public void continueAfter(long position) {
        jdbc.queryForObject("SELECT setval(pg_get_serial_sequence('domain_event_entry', 'global_index'), ?)",
                Long.class, position);
    }

    /**
     * The global position of the event with this identifier and of up to {@code readAhead - 1} events after it, in
     * stream order: a projection asks for every event it handles in turn, so the next ones are read with it.
     */
    public Map<String, Long> positionsFrom(String eventIdentifier, int readAhead) {
        Map<String, Long> found = new LinkedHashMap<>();
        jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE global_index >= "
                        + "(SELECT global_index FROM domain_event_entry WHERE event_identifier = ?)"
                        + " ORDER BY global_index LIMIT " + readAhead,
                (RowCallbackHandler) rs -> found.put(rs.getString(1), rs.getLong(2)), eventIdentifier);
        return found;
    }

    /** Of these aggregates, the one whose first event was recorded first. */
    public Optional<String> firstCreated(Collection<String> aggregateIds) {
        return jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ANY (?) AND sequence_number = 0 ORDER BY global_index LIMIT 1",
                String.class, (Object) aggregateIds.toArray(String[]::new)).stream().findFirst();
    }

    /**
     * A top-level field of an aggregate's first event, when that event is of {@code payloadType}: for facts fixed at
     * creation (an aktivitet's effektmål, a plan's nämnd), the store is the lookup.
     */
    public Optional<String> firstEventField(String aggregateId, String payloadType, String field) {
        return jdbc.queryForList("SELECT CAST(convert_from(payload, 'UTF8') AS jsonb) ->> ?"
                        + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0"
                        + " AND payload_type = ?", String.class, field, aggregateId, payloadType)
                .stream().findFirst();
    }

    /** Payload types of the events up to {@code position} after {@code index} or at a gap, and whether one is at it. */
    public List<PayloadTypeSeen> payloadTypesNotSeen(long position, long index, Collection<Long> gaps) {
        return jdbc.query("SELECT payload_type, bool_or(global_index = ?) AS at_position"
                        + " FROM domain_event_entry WHERE global_index <= ?"
                        + " AND (global_index > ? OR global_index = ANY (?)) GROUP BY payload_type",
                (rs, n) -> new PayloadTypeSeen(rs.getString(1), rs.getBoolean(2)),
                position, position, index, gaps.toArray(Long[]::new));
    }

    public record PayloadTypeSeen(String payloadType, boolean atPosition) {
    }

    /**
     * Every stored event in the range, in order of position, with its seal records, through a cursor in one
     * read-only transaction: constant memory, one consistent state. Null bounds are open.
     */
    public long eachEvent(Long fromPosition, Long toPosition, Instant recordedFrom, Instant recordedTo,
                          String aggregateType, Consumer<EventLine> each) {
        StringBuilder sql = new StringBuilder("SELECT e.global_index, event_identifier, type, aggregate_identifier,"
                + " sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data, l.leaf_index,"
                + " l.leaf_hash FROM domain_event_entry e LEFT JOIN ledger_leaf l ON l.global_index = e.global_index"
                + " WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (fromPosition != null) {
            sql.append(" AND e.global_index >= ?");
            parameters.add(fromPosition);
        }
        if (toPosition != null) {
            sql.append(" AND e.global_index <= ?");
            parameters.add(toPosition);
        }
        if (recordedFrom != null) {
            sql.append(" AND time_stamp::timestamptz >= ?");
            parameters.add(Timestamp.from(recordedFrom));
        }
        if (recordedTo != null) {
            sql.append(" AND time_stamp::timestamptz < ?");
            parameters.add(Timestamp.from(recordedTo));
        }
        if (aggregateType != null) {
            sql.append(" AND type = ?");
            parameters.add(aggregateType);
        }
        sql.append(" ORDER BY e.global_index");
        long[] count = {0};
        readOnly.executeWithoutResult(tx -> cursor.query(sql.toString(), (RowCallbackHandler) rs -> {
            each.accept(EventLine.fromStored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                    rs.getBytes(10), (Long) rs.getObject(11), rs.getBytes(12)));
            count[0]++;
        }, parameters.toArray()));
        return count[0];
    }

    // --- tracking tokens ---

    /** One segment's stored token of one processor; {@code owner} is the node that holds its claim, if any. */
    public record StoredToken(String processor, int segment, byte[] token, String tokenType, String owner) {
    }

    public List<StoredToken> tokens() {
        return jdbc.query("SELECT processor_name, segment, token, token_type, owner FROM token_entry",
                (rs, n) -> new StoredToken(rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getString(4),
                        rs.getString(5)));
    }

    public List<StoredToken> tokens(String processor) {
        return jdbc.query("SELECT processor_name, segment, token, token_type, owner FROM token_entry"
                        + " WHERE processor_name = ?",
                (rs, n) -> new StoredToken(rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getString(4),
                        rs.getString(5)), processor);
    }

    /** How many segments the processor has. */
    public long segments(String processor) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Long.class,
                processor);
        return count == null ? 0 : count;
    }

    /**
     * Segments of the processor whose claim its owner has extended within {@code staleAfter}, by the database's
     * clock; an older claim is left over from a release that failed and counts as none.
     */
    public long liveClaims(String processor, Duration staleAfter) {
        // Axon writes the claim's time as an ISO-8601 instant in a text column (time_stamp, see V2).
        Long count = jdbc.queryForObject("SELECT count(*) FILTER (WHERE owner IS NOT NULL"
                        + " AND time_stamp::timestamptz > now() - make_interval(secs => ?)) FROM token_entry"
                        + " WHERE processor_name = ?", Long.class, staleAfter.toMillis() / 1000.0, processor);
        return count == null ? 0 : count;
    }

    // --- dead letters ---

    /** One parked event, as Axon's JDBC dead-letter queue stores it. */
    public record ParkedLetter(String processingGroup, String sequenceIdentifier, long sequenceIndex,
                               String eventIdentifier, String payloadType, String aggregateIdentifier,
                               Long aggregateSequenceNumber, String enqueuedAt, String lastTouched,
                               String causeType, String causeMessage) {
    }

    public List<ParkedLetter> parkedLetters() {
        return jdbc.query("""
                SELECT processing_group, sequence_identifier, sequence_index, event_identifier, payload_type,
                       aggregate_identifier, sequence_number, enqueued_at, last_touched, cause_type, cause_message
                FROM dead_letter_entry ORDER BY enqueued_at, processing_group, sequence_identifier, sequence_index
                """, (rs, row) -> new ParkedLetter(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11)));
    }

    /** Parked letters per processing group; groups without any are absent. */
    public Map<String, Long> parkedByGroup() {
        return jdbc.query("SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group",
                        (rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long parked(String processingGroup) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?",
                Long.class, processingGroup);
        return count == null ? 0 : count;
    }

    /** How many entities of the group have letters parked (each entity's letters wait in one sequence). */
    public long parkedSequences(String processingGroup) {
        Long count = jdbc.queryForObject(
                "SELECT count(DISTINCT sequence_identifier) FROM dead_letter_entry WHERE processing_group = ?",
                Long.class, processingGroup);
        return count == null ? 0 : count;
    }
}
