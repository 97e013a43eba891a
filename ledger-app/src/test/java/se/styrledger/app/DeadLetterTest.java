package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.styrledger.query.testing.PoisonProjection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection that fails on an event parks it (with the entity's later events, to keep their order) in the
 * dead-letter queue in PostgreSQL, goes on with everything else, raises the operators' alert (health group
 * {@code operations}, metric {@code styrledger.dead.letters.alert}) while readiness and liveness stay UP, and takes it
 * back when an ADMIN retries after the fix.
 */
class DeadLetterTest extends LedgerHttpTest {

    private static final String GROUP = PoisonProjection.PROCESSING_GROUP;

    @Test
    void aPoisonEventIsParkedTheRestIsProcessedAndARetryAfterTheFixTakesItBack() throws InterruptedException {
        PoisonProjection.breakAgain();
        UUID council = council();
        UUID poisoned = establish(council, "Nämnden " + PoisonProjection.MARKER);
        UUID healthy = establish(council, "Friska nämnden");
        long position = api().post("/api/v1/units/" + poisoned + "/rename", """
                {"name": "Omdöpta nämnden", "decision": %s}
                """.formatted(decision(council, "2020-01-10"))).expect(200).body().get("position").asLong();
        api().get("/api/v1/units?minPosition=" + position).expect(200);

        assertThat(PoisonProjection.projected(healthy)).containsExactly("established " + healthy);
        assertThat(PoisonProjection.projected(poisoned)).isEmpty();

        List<JsonNode> letters = lettersOf(poisoned);
        assertThat(letters).extracting(letter -> letter.get("payloadType").asText()).containsExactly(
                "se.styrledger.events.organisation.UnitEstablished", "se.styrledger.events.organisation.UnitRenamed");
        assertThat(letters.get(0).get("causeMessage").asText()).contains("cannot handle");

        JsonNode operations = api().get("/actuator/health/operations").expect(503).body();
        assertThat(operations.get("status").asText()).isEqualTo("DOWN");
        JsonNode parked = operations.get("components").get("deadLetters");
        assertThat(parked.get("status").asText()).isEqualTo("DOWN");
        assertThat(parked.get("details").get("parked").get(GROUP).asLong()).isEqualTo(2);
        JsonNode projections = operations.get("components").get("projections");
        assertThat(projections.get("status").asText()).isEqualTo("UP");
        assertThat(projections.get("details").get(GROUP).get("deadLetters").asLong()).isEqualTo(2);
        assertThat(projections.get("details").get("units").get("deadLetters").asLong()).isZero();
        assertThat(api().anonymous().get("/actuator/health").expect(503).body().get("status").asText())
                .isEqualTo("DOWN");
        // The load balancer's probes stay green: every node sees the same letters, and none of them should go dark.
        assertThat(api().anonymous().get("/actuator/health/readiness").expect(200).body().get("status").asText())
                .isEqualTo("UP");
        assertThat(api().anonymous().get("/actuator/health/liveness").expect(200).body().get("status").asText())
                .isEqualTo("UP");
        assertThat(metricsWithin(1, "styrledger_dead_letters_alert\\{[^}]*} 1.0"))
                .containsPattern("styrledger_projection_dead_letters\\{[^}]*processor=\"" + GROUP + "\"[^}]*} 2.0");

        PoisonProjection.fix();
        JsonNode retried = api().post("/api/v1/admin/dead-letters/" + GROUP + "/retry", "").expect(200).body();

        assertThat(retried.get("sequencesProcessed").asInt()).isEqualTo(1);
        assertThat(retried.get("lettersRemaining").asLong()).isZero();
        assertThat(PoisonProjection.projected(poisoned))
                .containsExactly("established " + poisoned, "renamed " + poisoned);
        assertThat(lettersOf(poisoned)).isEmpty();
        assertThat(api().anonymous().get("/actuator/health/operations").expect(200).body().get("status").asText())
                .isEqualTo("UP");
        assertThat(metricsWithin(1, "styrledger_dead_letters_alert\\{[^}]*} 0.0")).isNotEmpty();
    }

    @Test
    void aRebuildEmptiesTheQueueAndReplaysTheParkedEventsIntoTheFixedProjection() {
        PoisonProjection.breakAgain();
        UUID council = council();
        UUID poisoned = establish(council, "Nämnden " + PoisonProjection.MARKER + " före ombyggnaden");
        long position = api().post("/api/v1/units/" + poisoned + "/rename", """
                {"name": "Omdöpta nämnden före ombyggnaden", "decision": %s}
                """.formatted(decision(council, "2020-01-10"))).expect(200).body().get("position").asLong();
        api().get("/api/v1/units?minPosition=" + position).expect(200);
        assertThat(lettersOf(poisoned)).hasSize(2);

        PoisonProjection.fix();
        Rebuilding.awaitEnd(api(), Rebuilding.start(api()));

        assertThat(lettersOf(poisoned)).isEmpty();
        assertThat(PoisonProjection.projected(poisoned))
                .containsExactly("established " + poisoned, "renamed " + poisoned);
    }

    @Test
    void deadLettersAreForAdminsOnly() {
        api().anonymous().get("/api/v1/admin/dead-letters").problem(401);
        api().anonymous().post("/api/v1/admin/dead-letters/" + GROUP + "/retry", "").problem(401);
    }

    @Test
    void retryingAnUnknownProjectionIs404() {
        api().post("/api/v1/admin/dead-letters/no-such-projection/retry", "").problem(404);
    }

    private UUID establish(UUID council, String name) {
        return UUID.fromString(api().post("/api/v1/units", """
                {"name": "%s", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(name, council, decision(council, "2019-06-17"))).expect(201).body().get("id").asText());
    }

    /** The gauges read the store at most once a second, so a scrape right after a change may show the one before. */
    private String metricsWithin(int seconds, String pattern) throws InterruptedException {
        Pattern expected = Pattern.compile(pattern);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 1);
        String metrics = api().anonymous().get("/actuator/prometheus").text();
        while (!expected.matcher(metrics).find() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            metrics = api().anonymous().get("/actuator/prometheus").text();
        }
        assertThat(metrics).containsPattern(expected);
        return metrics;
    }

    private List<JsonNode> lettersOf(UUID unit) {
        List<JsonNode> letters = new ArrayList<>();
        api().get("/api/v1/admin/dead-letters").expect(200).body().forEach(letter -> {
            if (letter.get("processingGroup").asText().equals(GROUP)
                    && letter.get("aggregateIdentifier").asText().equals(unit.toString())) {
                letters.add(letter);
            }
        });
        return letters;
    }
}
