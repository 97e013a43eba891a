package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.styrledger.platform.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code json-logs} profile the ledger writes one ECS JSON object per console line, and a line logged while
 * serving a request carries that request's correlation id and the account that sent it. A separate process, because
 * the logging system is set up once per JVM and every other test reads plain text.
 */
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLineLoggedForARequestIsEcsJsonWithTheCorrelationIdAndTheAccount() throws Exception {
        try (LedgerProcess ledger = LedgerProcess.start("structured-logs-test",
                "--spring.profiles.active=json-logs",
                "--styrledger.embedded-postgres.data-directory=" + TestDatabase.freshDirectory())) {
            ledger.api().header("X-Correlation-Id", "ks-2026-0815")
                    .post("/api/v1/admin/dead-letters/units/retry", "").expect(200);

            List<JsonNode> lines = new ArrayList<>();
            for (String line : ledger.output()) {
                assertThat(line).as("every console line is one JSON object").startsWith("{");
                lines.add(JSON.readTree(line));
            }
            JsonNode retried = lines.stream()
                    .filter(line -> line.path("message").asText().startsWith("Dead letters of projection units"))
                    .findFirst().orElseThrow(() -> new AssertionError("no retry line in " + ledger.tail()));

            assertThat(retried.path("correlationId").asText()).isEqualTo("ks-2026-0815");
            assertThat(retried.path("user").path("name").asText()).isEqualTo("demo");
            assertThat(retried.path("log").path("level").asText()).isEqualTo("INFO");
            assertThat(retried.path("service").path("name").asText()).isEqualTo("styrledger");
            assertThat(retried.path("ecs").path("version").asText()).isNotEmpty();
        }
    }
}
