package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyEndToEndTest extends LedgerHttpTest {

    @Test
    void aRetriedKeyReturnsTheFirstAnswerAndRecordsNothingNew() {
        UUID council = council();
        String key = "retry-" + UUID.randomUUID();
        String body = """
                {"name": "Tekniska nämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2019-06-17"));

        JsonNode first = api().header("Idempotency-Key", key).post("/api/v1/units", body).expect(201).body();
        long afterFirst = eventCount();
        HttpApi.Answer retry = api().header("Idempotency-Key", key).post("/api/v1/units", body).expect(201);

        assertThat(retry.body()).isEqualTo(first);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventCount()).isEqualTo(afterFirst);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        UUID council = council();
        String key = "reuse-" + UUID.randomUUID();
        api().header("Idempotency-Key", key).post("/api/v1/units", """
                {"name": "Byggnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2019-06-17"))).expect(201);
        long before = eventCount();

        JsonNode problem = api().header("Idempotency-Key", key).post("/api/v1/units", """
                {"name": "Något annat", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2019-06-17"))).problem(422);

        assertThat(problem.get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aFailedCommandLeavesItsKeyFreeForACorrectedRetry() {
        UUID council = council();
        String key = "fix-" + UUID.randomUUID();
        api().header("Idempotency-Key", key).post("/api/v1/units", """
                {"name": "Byggnämnden", "kind": "COMMITTEE", "parentId": "%s",
                 "decision": {"decidedBy": "%s", "decidedOn": "2019-06-17", "caseNumber": "KS 1"}}
                """.formatted(council, council)).problem(422);

        Integer keys = jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE key = ?", Integer.class, key);
        assertThat(keys).isZero();
    }
}
