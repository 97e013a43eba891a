package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.styrledger.app.testing.Soak;
import se.styrledger.app.testing.SlowCommits;
import se.styrledger.query.testing.EventRecorder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap trap: global_index is handed out at insert and seen at commit, so writers that hold their transaction open
 * make readers meet gaps that fill late. Under many concurrent writers, some of them slow, every projection still
 * processes every event — checked against the event store itself, not against the processors' own word.
 */
class ConcurrentWritersTest extends LedgerHttpTest {

    private static final int WRITERS = Soak.scale(8, 16);
    private static final int COMMANDS_PER_WRITER = Soak.scale(25, 400);
    /** Every fifth command of a writer holds its transaction open after its event took its index. */
    private static final int HOLD_EVERY = 5;

    @Test
    void everyProjectionProcessesEveryEventWhileSomeWritersHoldTheirTransactionsOpen() throws Exception {
        UUID council = council();
        ConcurrentLinkedQueue<String> established = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < COMMANDS_PER_WRITER; i++) {
                        String name = "Nämnd " + writer + "-" + i + (i % HOLD_EVERY == 0 ? " " + SlowCommits.MARKER : "");
                        established.add(api().post("/api/v1/units", """
                                {"name": "%s", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                                """.formatted(name, council, decision(council, "2019-06-17")))
                                .expect(201).body().get("id").asText());
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(established).hasSize(WRITERS * COMMANDS_PER_WRITER);

        Map<String, JsonNode> processors = Completeness.awaitComplete(api());

        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(processors).containsKeys("units", EventRecorder.PROCESSING_GROUP);
        processors.forEach((name, processor) -> {
            assertThat(processor.get("position").asLong()).as("position of %s", name).isEqualTo(head);
            assertThat(processor.get("lag").asLong()).as("lag of %s", name).isZero();
        });

        Set<String> stored = new HashSet<>(jdbc.queryForList("SELECT event_identifier FROM domain_event_entry",
                String.class));
        Map<String, Integer> seen = EventRecorder.seen();
        // The recorder also holds events of ledgers other tests started in this JVM; ids never repeat.
        assertThat(seen.keySet()).as("every stored event reached the projection").containsAll(stored);
        assertThat(stored).as("each exactly once").allSatisfy(id -> assertThat(seen.get(id)).isEqualTo(1));

        Set<String> projected = new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT unit_id::text FROM unit_version WHERE recorded_to IS NULL AND parent_id = ?",
                String.class, council));
        assertThat(projected).isEqualTo(new HashSet<>(established));
    }
}
