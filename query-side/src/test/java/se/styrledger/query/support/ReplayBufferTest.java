package se.styrledger.query.support;

import org.junit.jupiter.api.Test;
import se.styrledger.platform.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VersionWriter} writes the same rows on the live path (a statement per change) and in a shared replay (held
 * in a {@link ReplayBuffer}, written per batch), on a real read table in PostgreSQL (ADR 0140).
 */
class ReplayBufferTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.migrated());
    private final VersionWriter writer = new VersionWriter(jdbc);

    /** An indicator's name over time; as {@code indicator_version} holds it. */
    private static final VersionTable<String> NAMES = new VersionTable<>() {
        @Override
        public String table() {
            return "indicator_version";
        }

        @Override
        public String idColumn() {
            return "indicator_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("name", "version");
        }

        @Override
        public Object[] stateValues(String name) {
            return new Object[]{name, 1};
        }
    };

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 1);
    private static final Instant T0 = Instant.parse("2024-01-02T10:00:00.123456500Z");

    /**
     * Six changes of one entity: new versions, a backdated split, a version closed and the same one opened again,
     * both within one batch and (events 4 and 6) a version an earlier batch wrote closed and opened again in the next.
     */
    private void history(UUID id, Runnable betweenBatches) {
        write(id, 1, new Timeline.Version<>(JAN, null, "A"));
        write(id, 2, new Timeline.Version<>(JAN, MAR, "A"), new Timeline.Version<>(MAR, null, "B"));
        write(id, 3, new Timeline.Version<>(JAN, null, "A"));
        betweenBatches.run();
        write(id, 4, new Timeline.Version<>(JAN, MAR, "A"), new Timeline.Version<>(MAR, null, "B"));
        write(id, 5, new Timeline.Version<>(JAN, null, "C"));
        write(id, 6, new Timeline.Version<>(JAN, null, "A"));
    }

    @SafeVarargs
    private void write(UUID id, int event, Timeline.Version<String>... versions) {
        writer.write(NAMES, id, List.of(versions), T0.plusSeconds(60L * event), 100L + event);
    }

    private List<String> rows(UUID id) {
        return jdbc.queryForList("SELECT concat_ws('|', name, version, valid_from, coalesce(valid_to::text, '-'),"
                        + " recorded_from AT TIME ZONE 'UTC', coalesce((recorded_to AT TIME ZONE 'UTC')::text, 'open'),"
                        + " recorded_position, version_key)"
                        + " FROM indicator_version WHERE indicator_id = ? ORDER BY 1", String.class, id);
    }

    @Test
    void aReplayWritesInBatchesTheRowsTheLivePathWritesChangeByChange() {
        UUID live = UUID.randomUUID();
        history(live, () -> { });
        List<String> expected = rows(live);
        jdbc.update("DELETE FROM indicator_version WHERE indicator_id = ?", live);

        ReplayBuffer buffer = ReplayBuffer.begin();
        try {
            history(live, writer::flush);
            assertThat(rows(live)).as("the last batch is still in memory").hasSizeLessThan(expected.size());
            writer.flush();
        } finally {
            buffer.end();
        }

        assertThat(rows(live)).isEqualTo(expected).hasSize(8);
        assertThat(expected).filteredOn(row -> row.contains("|open|")).as("only the last version is open")
                .singleElement().asString().startsWith("A|1|2024-01-01|-|");
    }

    @Test
    void aReplayInOneBatchWritesTheSameRowsToo() {
        UUID live = UUID.randomUUID();
        history(live, () -> { });
        List<String> expected = rows(live);
        jdbc.update("DELETE FROM indicator_version WHERE indicator_id = ?", live);

        ReplayBuffer buffer = ReplayBuffer.begin();
        try {
            history(live, () -> { });
            assertThat(rows(live)).isEmpty();
            writer.flush();
        } finally {
            buffer.end();
        }

        assertThat(rows(live)).isEqualTo(expected);
    }
}
