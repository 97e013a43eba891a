package se.styrledger.app;

import org.junit.jupiter.api.Test;
import se.styrledger.app.testing.SlowCommits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A retried command records one event, however the retries race; conflicting commands on one aggregate give one
 * success and 409s, never two contradicting events.
 */
class IdempotencyAndConflictsTest extends LedgerHttpTest {

    private static final int RACERS = 8;

    @Test
    void aCommandRetriedAfterTheClientTimedOutIsRecordedOnce() throws Exception {
        UUID council = council();
        String name = "Tekniska nämnden " + UUID.randomUUID() + " " + SlowCommits.MARKER;
        String key = "timeout-" + UUID.randomUUID();
        String body = committee(council, name);

        // The server holds this command's transaction open longer than the client is willing to wait.
        HttpClient impatient = HttpClient.newBuilder().build();
        HttpRequest first = HttpRequest.newBuilder(URI.create(base() + "/api/v1/units"))
                .timeout(Duration.ofMillis(SlowCommits.HOLD_MILLIS / 4))
                .header("Authorization", demo()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertThatThrownBy(() -> impatient.send(first, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        HttpApi.Answer retry = api().header("Idempotency-Key", key).post("/api/v1/units", body).expect(201);

        assertThat(eventsNamed(name)).isEqualTo(1);
        assertThat(eventsOf(retry.body().get("id").asText())).isEqualTo(1);
    }

    @Test
    void retriesRacingWithOneKeyRecordOneEventAndAllGetTheSameAnswer() throws Exception {
        UUID council = council();
        String name = "Kultur- och fritidsnämnden " + UUID.randomUUID() + " " + SlowCommits.MARKER;
        String key = "race-" + UUID.randomUUID();
        String body = committee(council, name);

        List<HttpApi.Answer> answers = race(() -> api().header("Idempotency-Key", key).post("/api/v1/units", body));

        assertThat(answers).extracting(HttpApi.Answer::status).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().get("id").asText()).containsOnly(
                answers.get(0).body().get("id").asText());
        assertThat(eventsNamed(name)).isEqualTo(1);
    }

    @Test
    void concurrentDissolutionsOfOneUnitGiveOneSuccessAndConflicts() throws Exception {
        UUID council = council();
        String unit = api().post("/api/v1/units", committee(council, "Valnämnden")).expect(201).body()
                .get("id").asText();
        String body = """
                {"decision": {"decidedBy": "%s", "decidedOn": "2022-12-12", "paragraph": "§ 7 %s",
                 "caseNumber": "KS 2022/0007"}}
                """.formatted(council, SlowCommits.MARKER);

        List<HttpApi.Answer> answers = race(() -> api().post("/api/v1/units/" + unit + "/dissolve", body));

        assertThat(answers).extracting(HttpApi.Answer::status).containsOnly(200, 409)
                .filteredOn(status -> status == 200).hasSize(1);
        answers.stream().filter(answer -> answer.status() == 409).forEach(answer -> answer.problem(409));
        assertThat(eventsOfType(unit, "UnitDissolved")).isEqualTo(1);
    }

    @Test
    void concurrentEstablishmentsWithOneIdGiveOneSuccessAndConflicts() throws Exception {
        UUID council = council();
        UUID id = UUID.randomUUID();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            bodies.add("""
                    {"unitId": "%s", "name": "Nämnd %d %s", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                    """.formatted(id, i, SlowCommits.MARKER, council, decision(council, "2019-06-17")));
        }
        List<Callable<HttpApi.Answer>> calls = new ArrayList<>();
        bodies.forEach(body -> calls.add(() -> api().post("/api/v1/units", body)));

        List<HttpApi.Answer> answers = race(calls);

        assertThat(answers).extracting(HttpApi.Answer::status).containsOnly(201, 409)
                .filteredOn(status -> status == 201).hasSize(1);
        answers.stream().filter(answer -> answer.status() == 409).forEach(answer -> answer.problem(409));
        assertThat(eventsOf(id.toString())).isEqualTo(1);
    }

    private List<HttpApi.Answer> race(Callable<HttpApi.Answer> call) throws Exception {
        List<Callable<HttpApi.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            calls.add(call);
        }
        return race(calls);
    }

    /** Starts every call at once, so they overlap inside the server. */
    private static List<HttpApi.Answer> race(List<Callable<HttpApi.Answer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpApi.Answer>> futures = new ArrayList<>();
            for (Callable<HttpApi.Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpApi.Answer> answers = new ArrayList<>();
            for (Future<HttpApi.Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String committee(UUID council, String name) {
        return """
                {"name": "%s", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(name, council, decision(council, "2019-06-17"));
    }

    private long eventsNamed(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE position(? in convert_from(payload,"
                + " 'UTF8')) > 0", Long.class, name);
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private long eventsOfType(String aggregate, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE ?", Long.class, aggregate, "%." + type);
    }

    private String base() {
        return api().base();
    }

    private static String demo() {
        return "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes());
    }
}
