package se.styrledger.query.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.styrledger.platform.eventstore.AxonTables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads and moves the shared rebuild state. Every change is a conditional update on the expected phase and
 * generation, so that of several nodes acting on the same state exactly one succeeds.
 */
@Component
public class RebuildStates {

    private static final RowMapper<RebuildState> ROW = (rs, n) -> new RebuildState(
            rs.getLong("generation"), RebuildState.Phase.valueOf(rs.getString("state")),
            rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "reset_at"),
            instant(rs, "finished_at"), (Long) rs.getObject("target_position"), (Long) rs.getObject("total_events"),
            rs.getString("outcome") == null ? null : RebuildState.Outcome.valueOf(rs.getString("outcome")),
            rs.getString("failure"), instant(rs, "db_now"));

    private final JdbcTemplate jdbc;

    private final AxonTables axonTables;

    public RebuildStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.axonTables = new AxonTables(jdbc);
    }

    public RebuildState read() {
        return jdbc.queryForObject("SELECT *, clock_timestamp() AS db_now FROM read_model_rebuild WHERE id = 1", ROW);
    }

    /** Starts a rebuild unless one is running; returns its generation. */
    Optional<Long> request(String requestedBy) {
        List<Long> generation = jdbc.queryForList("UPDATE read_model_rebuild SET generation = generation + 1,"
                + " state = 'STOPPING', requested_by = ?, requested_at = clock_timestamp(), reset_at = NULL,"
                + " finished_at = NULL, target_position = NULL, total_events = NULL, outcome = NULL, failure = NULL"
                + " WHERE id = 1 AND state = 'SERVING' RETURNING generation", Long.class, requestedBy);
        return generation.stream().findFirst();
    }

    /**
     * Locks the row while this generation is still stopping, so that only one node resets the tables. Must be
     * called inside the reset's transaction.
     */
    boolean lockStopping(long generation) {
        return !jdbc.queryForList("SELECT generation FROM read_model_rebuild WHERE id = 1 AND state = 'STOPPING'"
                + " AND generation = ? FOR UPDATE", Long.class, generation).isEmpty();
    }

    /** The position of the newest event: what the replay has to reach. */
    long head() {
        return axonTables.head();
    }

    long eventsUpTo(long position) {
        return axonTables.countUpTo(position);
    }

    void markReplaying(long generation, long targetPosition, long totalEvents) {
        jdbc.update("UPDATE read_model_rebuild SET state = 'REPLAYING', reset_at = clock_timestamp(),"
                        + " target_position = ?, total_events = ? WHERE id = 1 AND generation = ?",
                targetPosition, totalEvents, generation);
    }

    boolean complete(long generation) {
        return jdbc.update("UPDATE read_model_rebuild SET state = 'SERVING', finished_at = clock_timestamp(),"
                + " outcome = 'COMPLETED' WHERE id = 1 AND generation = ? AND state = 'REPLAYING'", generation) == 1;
    }

    boolean abandon(long generation, String failure) {
        return jdbc.update("UPDATE read_model_rebuild SET state = 'SERVING', finished_at = clock_timestamp(),"
                        + " outcome = 'ABANDONED', failure = ? WHERE id = 1 AND generation = ? AND state = 'STOPPING'",
                failure, generation) == 1;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
