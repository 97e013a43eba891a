package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.app.testing.Soak;
import se.styrledger.platform.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kommun's PostgreSQL stops under load and comes back on the same data directory and port. Meanwhile the
 * ledger reports itself unhealthy and refuses writes with 503 and Retry-After (never hanging); afterwards it recovers
 * by itself, and each command — retried by its client with the same Idempotency-Key until acknowledged — is in the
 * event store exactly once.
 */
class DatabaseOutageTest {

    /** bcrypt (cost 4) of "s3cret-test". */
    private static final String HASH = "$2a$04$q4tQB7AJRHMnL2rAg0hkd..0xagPYAlB6w1H.GaWFBBYslDeV.JgO";
    private static final int ACKNOWLEDGED_PER_PHASE = Soak.scale(15, 500);
    private static final long WAIT_MILLIS = 120_000;

    @Test
    void whileTheDatabaseIsAwayWritesGet503AndHealthIsDownAndAfterwardsNothingIsLostOrDuplicated() throws Exception {
        Path data = TestDatabase.freshDirectory();
        int port = LedgerProcess.freePort();
        EmbeddedPostgres database = start(data, port);
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        try (RunningLedger ledger = RunningLedger.start(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres",
                "--styrledger.security.users[0].username=registrator",
                "--styrledger.security.users[0].password-hash=" + HASH,
                "--styrledger.security.users[0].roles[0]=RECORDER",
                // An operator (ADMIN) reads the projections' health details (Completeness).
                "--styrledger.security.users[1].username=drift",
                "--styrledger.security.users[1].password-hash=" + HASH,
                "--styrledger.security.users[1].roles[0]=ADMIN",
                "--styrledger.recording-rights.bootstrap.accounts=registrator")) {
            HttpApi api = ledger.api().as("registrator", "s3cret-test");
            String council = api.post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201).body().get("id").asText();

            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int i = 0; !stop.get() && i < 100_000; i++) {
                        sendUntilAcknowledged(() -> ledger.api().as("registrator", "s3cret-test"), council, i,
                                acknowledged, refused);
                    }
                });
                await(writer, () -> acknowledged.size() >= ACKNOWLEDGED_PER_PHASE, "writes before the outage");

                database.close();
                int before = refused.get();
                await(writer, () -> refused.get() > before, "a write refused during the outage");
                HttpApi.Answer refusal = api.post("/api/v1/units", committee(council, "Under avbrottet"));
                JsonNode problem = refusal.problem(503);
                assertThat(refusal.header("Retry-After")).isNotBlank();
                assertThat(problem.get("detail").asText()).contains("Databasen");
                HttpApi.Answer health = api.anonymous().get("/actuator/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.body().get("status").asText()).isEqualTo("DOWN");

                database = start(data, port);
                int afterOutage = acknowledged.size();
                await(writer, () -> acknowledged.size() >= afterOutage + ACKNOWLEDGED_PER_PHASE,
                        "writes after the outage");
                stop.set(true);
                writer.get(2, TimeUnit.MINUTES);
            } finally {
                stop.set(true);
                pool.shutdownNow();
            }

            Completeness.awaitComplete(ledger.api().as("drift", "s3cret-test"));
            await(null, () -> api.anonymous().get("/actuator/health").status() == 200, "health UP again");
            JdbcTemplate store = new JdbcTemplate(database.getPostgresDatabase());
            acknowledged.forEach((i, key) -> assertThat(store.queryForObject("SELECT count(*) FROM domain_event_entry"
                    + " WHERE position(? in convert_from(payload, 'UTF8')) > 0", Long.class, "\"Nämnd " + i + "\""))
                    .as("command %d", i).isEqualTo(1));
            assertThat(store.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                    .as("the configured recording right, the council, each acknowledged command once, nothing else")
                    .isEqualTo(2L + acknowledged.size());
            assertThat(refused.get()).isPositive();
        } finally {
            database.close();
        }
    }

    /** Like a careful client: on 503 (or no answer) it retries the same command with the same key. */
    private static void sendUntilAcknowledged(java.util.function.Supplier<HttpApi> client, String council, int i,
                                              Map<Integer, String> acknowledged, AtomicInteger refused) {
        String key = "outage-" + i;
        for (int attempt = 0; attempt < 10_000; attempt++) {
            HttpApi.Answer answer;
            try {
                answer = client.get().header("Idempotency-Key", key).post("/api/v1/units",
                        committee(council, "Nämnd " + i));
            } catch (RuntimeException noAnswer) {
                refused.incrementAndGet();
                continue;
            }
            if (answer.status() == 201) {
                acknowledged.put(i, key);
                return;
            }
            assertThat(answer.status()).as("answer %s", answer.text()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isNotBlank();
            refused.incrementAndGet();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("command " + i + " was never acknowledged");
    }

    private static String committee(String council, String name) {
        return """
                {"name": "%s", "kind": "COMMITTEE", "parentId": "%s",
                 "decision": {"decidedBy": "%s", "decidedOn": "2019-06-17", "paragraph": "§ 9", "caseNumber": "KS 1"}}
                """.formatted(name, council, council);
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    /** Waits, bounded, for a condition; a writer that failed meanwhile fails the test at once with its own error. */
    private static void await(Future<?> writer, java.util.function.BooleanSupplier condition, String what)
            throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (writer != null && writer.isDone()) {
                writer.get();
            }
            assertThat(System.currentTimeMillis()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
