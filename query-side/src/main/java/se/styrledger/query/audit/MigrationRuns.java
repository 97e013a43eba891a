package se.styrledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What migrations brought into the ledger, read from the audit trail (ADR 0161): each run with its sources, who ran
 * it, when and how much, and per run its events with the file and line each came from.
 */
@Component
public class MigrationRuns {

    /** One run: the sources it read, who recorded it, its events' count, positions and recording times. */
    public record Run(UUID runId, List<String> sources, String recordedBy, long events, long lines,
                      long firstPosition, long lastPosition, Instant firstRecordedAt, Instant lastRecordedAt) {
    }

    /** One migrated event and the line of the source it came from. */
    public record MigratedEvent(long globalPosition, String eventType, UUID aggregateId, String description,
                                String source, long line, UUID unitId, Integer year, LocalDate decidedOn,
                                String caseNumber, Instant recordedAt) {
    }

    private static final String RUNS = "SELECT migration_run, array_agg(DISTINCT migration_source) AS sources,"
            + " min(recorded_by) AS recorded_by, count(*) AS events,"
            + " count(DISTINCT (migration_source, migration_line)) AS lines, min(global_position) AS first_position,"
            + " max(global_position) AS last_position, min(recorded_at) AS first_at, max(recorded_at) AS last_at"
            + " FROM audit_entry WHERE migration_run IS NOT NULL";

    private final JdbcTemplate jdbc;

    public MigrationRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Run> runs() {
        return jdbc.query(RUNS + " GROUP BY migration_run ORDER BY first_position", (rs, n) -> run(rs));
    }

    public Optional<Run> run(UUID runId) {
        return jdbc.query(RUNS + " AND migration_run = ? GROUP BY migration_run", (rs, n) -> run(rs), runId).stream()
                .findFirst();
    }

    /** The run's events in order, at most {@code limit} after position {@code after}. */
    public List<MigratedEvent> events(UUID runId, long after, int limit) {
        return jdbc.query("SELECT global_position, event_type, aggregate_id, description, migration_source,"
                        + " migration_line, unit_id, year, decided_on, case_number, recorded_at FROM audit_entry"
                        + " WHERE migration_run = ? AND global_position > ? ORDER BY global_position LIMIT ?",
                (rs, n) -> new MigratedEvent(rs.getLong("global_position"), rs.getString("event_type"),
                        rs.getObject("aggregate_id", UUID.class), rs.getString("description"),
                        rs.getString("migration_source"), rs.getLong("migration_line"),
                        rs.getObject("unit_id", UUID.class), (Integer) rs.getObject("year"),
                        rs.getDate("decided_on") == null ? null : rs.getDate("decided_on").toLocalDate(),
                        rs.getString("case_number"), rs.getTimestamp("recorded_at").toInstant()),
                runId, after, limit);
    }

    private static Run run(java.sql.ResultSet rs) throws SQLException {
        Array sources = rs.getArray("sources");
        return new Run(rs.getObject("migration_run", UUID.class),
                Arrays.stream((Object[]) sources.getArray()).map(String::valueOf).sorted().toList(),
                rs.getString("recorded_by"), rs.getLong("events"), rs.getLong("lines"), rs.getLong("first_position"),
                rs.getLong("last_position"), rs.getTimestamp("first_at").toInstant(),
                rs.getTimestamp("last_at").toInstant());
    }
}
