package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.app.testing.Soak;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.platform.testing.TestDatabase;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger process is killed hard (SIGKILL) in the middle of a stream of commands and started again on the same
 * data directory: every command it acknowledged is in the event store exactly once, and every projection catches up.
 * The embedded PostgreSQL outlives the killed JVM; the restart finds it and shuts it down before starting its own.
 */
class CrashTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = Soak.scale(40, 1_000);

    @Test
    void everyAcknowledgedCommandSurvivesAHardKillExactlyOnceAndTheProjectionsCatchUp() throws Exception {
        Path data = TestDatabase.freshDirectory();
        int postgresPort = LedgerProcess.freePort();
        String[] args = {"--styrledger.embedded-postgres.data-directory=" + data,
                "--styrledger.embedded-postgres.port=" + postgresPort};
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        String council;
        try {
            try (LedgerProcess first = LedgerProcess.start("crash-test-first", args)) {
                council = first.api().post("/api/v1/units", """
                        {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                         "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                        """).expect(201).body().get("id").asText();
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
                try {
                    List<Future<?>> writers = new ArrayList<>();
                    for (int w = 0; w < WRITERS; w++) {
                        writers.add(pool.submit(() -> stream(first.api(), council, attempted, acknowledged)));
                    }
                    while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
                        assertThat(writers).as("writers still running").noneMatch(Future::isDone);
                        Thread.sleep(20);
                    }
                    first.kill();
                    for (Future<?> writer : writers) {
                        writer.get(2, TimeUnit.MINUTES);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
            assertThat(attempted).as("some commands were in flight when the process died")
                    .hasSizeGreaterThanOrEqualTo(acknowledged.size());

            try (LedgerProcess second = LedgerProcess.start("crash-test-second", args)) {
                Map<String, JsonNode> processors = Completeness.awaitComplete(second.api());
                JdbcTemplate store = owner(postgresPort);

                for (String id : acknowledged) {
                    assertThat(eventsOf(store, id)).as("acknowledged unit %s", id).isEqualTo(1);
                }
                for (String id : attempted) {
                    assertThat(eventsOf(store, id)).as("unacknowledged unit %s", id).isLessThanOrEqualTo(1);
                }
                long head = store.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
                processors.forEach((name, processor) ->
                        assertThat(processor.get("position").asLong()).as("position of %s", name).isEqualTo(head));
                long committees = store.queryForObject("SELECT count(*) FROM domain_event_entry WHERE"
                        + " aggregate_identifier <> ? AND payload_type = ?", Long.class, council,
                        UnitEstablished.class.getName());
                assertThat(store.queryForObject("SELECT count(DISTINCT unit_id) FROM unit_version"
                        + " WHERE recorded_to IS NULL AND parent_id = ?::uuid", Long.class, council))
                        .as("the unit projection holds every committee in the store").isEqualTo(committees);

                second.api().post("/api/v1/units", committee(council, UUID.randomUUID())).expect(201);
            }
        } finally {
            LedgerProcess.stopPostgresIn(data);
        }
    }

    /** Sends commands until the server stops answering; remembers what it sent and what was acknowledged. */
    private static void stream(HttpApi api, String council, Set<String> attempted, Set<String> acknowledged) {
        while (true) {
            UUID id = UUID.randomUUID();
            attempted.add(id.toString());
            try {
                HttpApi.Answer answer = api.post("/api/v1/units", committee(council, id));
                if (answer.status() == 201) {
                    acknowledged.add(id.toString());
                }
            } catch (UncheckedIOException serverGone) {
                return;
            }
        }
    }

    private static String committee(String council, UUID id) {
        return """
                {"unitId": "%s", "name": "Nämnd %s", "kind": "COMMITTEE", "parentId": "%s",
                 "decision": {"decidedBy": "%s", "decidedOn": "2019-06-17", "paragraph": "§ 9", "caseNumber": "KS 1"}}
                """.formatted(id, id, council, council);
    }

    private static JdbcTemplate owner(int port) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        dataSource.setUser("postgres");
        return new JdbcTemplate(dataSource);
    }

    private static long eventsOf(JdbcTemplate store, String aggregate) {
        return store.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }
}
