package se.styrledger.query.support;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.platform.testing.TestDatabase;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RowWriter} leaves the same rows on the live path (a statement per change) and in a shared replay (held in a
 * {@link ReplayBuffer}, written per batch with multi-row statements), on a real read table (ADR 0180).
 */
class RowWriterTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.migrated());
    private final RowWriter rows = new RowWriter(jdbc);

    /** Assessments of one goal in one report: a later one closes the earlier on the recorded axis. */
    private static final RowTable ASSESSMENTS = RowTable.of("assessment_version", "assessment_id", "report_id",
            "goal_id", "level", "analysis", "assessed_by", "recorded_by", "event_id", "valid_from", "valid_to",
            "recorded_from", "recorded_position").closedBy("report_id uuid", "goal_id uuid");

    private static final Instant T0 = Instant.parse("2024-01-02T10:00:00.123456500Z");

    /**
     * Five assessments of one goal and one of another: closed within the batch that wrote them, and (assessments 3
     * and 4) one an earlier batch wrote closed in the next; a close of a key never written; the other goal untouched.
     */
    private void history(UUID report, UUID goal, UUID other, Runnable betweenBatches) {
        assess(report, goal, 1);
        assess(report, goal, 2);
        assess(report, other, 3);
        betweenBatches.run();
        assess(report, goal, 4);
        rows.close(ASSESSMENTS, at(5), report, UUID.randomUUID());
        assess(report, goal, 6);
        betweenBatches.run();
        assess(report, goal, 7);
    }

    private void assess(UUID report, UUID goal, int event) {
        rows.close(ASSESSMENTS, at(event), report, goal);
        rows.insert(ASSESSMENTS, UUID.nameUUIDFromBytes((report + "/" + event).getBytes()), report, goal, "GOOD",
                "analys " + event + "\tmed tabb, \\ och\nny rad", "nämnden", null, "event-" + event, Date.valueOf("2024-01-01"),
                Date.valueOf("2024-09-01"), at(event), 100L + event);
    }

    private static Timestamp at(int event) {
        return Timestamp.from(T0.plusSeconds(60L * event));
    }

    private List<String> written(UUID report) {
        return jdbc.queryForList("SELECT concat_ws('|', assessment_id, goal_id, analysis, recorded_by,"
                + " recorded_from AT TIME ZONE 'UTC', coalesce((recorded_to AT TIME ZONE 'UTC')::text, 'open'),"
                + " recorded_position) FROM assessment_version WHERE report_id = ? ORDER BY 1", String.class, report);
    }

    @Test
    void aReplayWritesInSetsTheRowsTheLivePathWritesOneByOne() {
        UUID report = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        history(report, goal, other, () -> { });
        List<String> expected = written(report);
        jdbc.update("DELETE FROM assessment_version WHERE report_id = ?", report);

        ReplayBuffer buffer = ReplayBuffer.begin();
        try {
            history(report, goal, other, () -> buffer.flush(jdbc));
            assertThat(written(report)).as("the last batch is still in memory").hasSize(expected.size() - 1);
            buffer.flush(jdbc);
        } finally {
            buffer.end();
        }

        assertThat(written(report)).isEqualTo(expected).hasSize(6);
        assertThat(expected).filteredOn(row -> row.contains("|open|")).as("one open assessment per goal")
                .hasSize(2);
    }

    @Test
    void aReplayKeepsItsMemoryOnlyWhileItRuns() {
        assertThat(rows.<UUID, String>replayMemory("audit_goal")).isNull();
        ReplayBuffer buffer = ReplayBuffer.begin();
        try {
            UUID key = UUID.randomUUID();
            rows.<UUID, String>replayMemory("audit_goal").put(key, "remembered");
            assertThat(rows.<UUID, String>replayMemory("audit_goal")).containsEntry(key, "remembered");
        } finally {
            buffer.end();
        }
        assertThat(rows.<UUID, String>replayMemory("audit_goal")).isNull();
    }
}
