package se.styrledger.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.styrledger.app.HttpApi;
import se.styrledger.app.LedgerHttpTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command honours the Idempotency-Key the OpenAPI document gives it, also the ones without a request body:
 * closing a report, and the operator's commands that record no event (dead-letter retry, Kolada import, rebuild),
 * which IdempotentOperations keys.
 */
class CommandsWithoutBodyIdempotencyTest extends LedgerHttpTest {

    @Test
    void closingAReportTwiceWithOneKeyClosesItOnce() {
        UUID report = UUID.fromString(api().post("/api/v1/follow-up-reports", """
                {"year": 1996, "kind": "INTERIM_2"}""").expect(201).body().get("id").asText());
        String key = "close-" + UUID.randomUUID();
        HttpApi keyed = api().header("Idempotency-Key", key).header("X-Requested-With", "test");

        JsonNode first = keyed.post("/api/v1/follow-up-reports/" + report + "/close", "application/json", "")
                .expect(200).body();
        long afterFirst = eventCount();
        HttpApi.Answer retry = keyed.post("/api/v1/follow-up-reports/" + report + "/close", "application/json", "")
                .expect(200);

        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first);
        assertThat(eventCount()).isEqualTo(afterFirst);
        // Without the key the same request is a second closing, which the report refuses: the key is what made the
        // retry safe.
        assertThat(api().post("/api/v1/follow-up-reports/" + report + "/close", "application/json", "").status())
                .isBetween(400, 499);
    }

    @Test
    void aRetriedOperatorCommandGivesTheFirstAnswerAndRunsNothingAgain() {
        String key = "retry-letters-" + UUID.randomUUID();
        HttpApi operator = api().as("operator", "operator-pass").header("Idempotency-Key", key);

        JsonNode first = operator.post("/api/v1/admin/dead-letters/test-event-recorder/retry", "").expect(200).body();
        HttpApi.Answer again = operator.post("/api/v1/admin/dead-letters/test-event-recorder/retry", "").expect(200);

        assertThat(first.get("processingGroup").asText()).isEqualTo("test-event-recorder");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT answer FROM idempotency_key WHERE account = 'operator' AND key = ?",
                String.class, key)).contains("test-event-recorder");

        JsonNode reused = operator.post("/api/v1/admin/dead-letters/test-poison/retry", "").problem(422);
        assertThat(reused.get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void anOperatorCommandThatFailedGivesItsKeyBackForTheRetry() {
        String key = "kolada-" + UUID.randomUUID();
        HttpApi operator = api().as("operator", "operator-pass").header("Idempotency-Key", key);

        operator.post("/api/v1/admin/kolada-import", "").problem(409);
        HttpApi.Answer retry = operator.post("/api/v1/admin/kolada-import", "");

        assertThat(retry.status()).as("Kolada is not configured in the tests, so the retry runs and fails again")
                .isEqualTo(409);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE key = ?", Long.class, key))
                .isZero();
    }
}
