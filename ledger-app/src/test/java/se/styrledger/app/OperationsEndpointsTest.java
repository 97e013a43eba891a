package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsTest extends LedgerHttpTest {

    /** As-of queries are planned for their own dates (DatabaseRoles.SESSION_SETTINGS): a generic plan took seconds. */
    @Test
    void everyConnectionPlansEachQueryForItsOwnParameters() {
        assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }

    @Test
    void healthIsUpAndOpenToEveryone() {
        assertThat(api().anonymous().get("/actuator/health").expect(200).body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreServed() {
        assertThat(api().anonymous().get("/actuator/prometheus").expect(200).text()).contains("jvm_memory_used_bytes");
    }

    /** docs/grafana's dashboard asks only for series a node really exports, under the names Prometheus sees. */
    @Test
    void everyMetricOnTheGrafanaDashboardIsExported() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("..", "docs", "grafana", "styrledger-dashboard.json")
                .toFile());
        Set<String> asked = new TreeSet<>();
        Pattern metric = Pattern.compile("\\b(?:styrledger|http|hikaricp|jvm|process)_[a-z0-9_]+");
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                metric.matcher(target.get("expr").asText()).results().forEach(m -> asked.add(m.group()));
            }
        }
        assertThat(asked).contains("styrledger_dead_letters_alert", "styrledger_projection_lag");

        String exported = api().anonymous().get("/actuator/prometheus").expect(200).text();
        for (String name : asked) {
            assertThat(exported).as("series %s", name).containsPattern("(?m)^" + name + "[{ ]");
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheUnitEndpoints() {
        String document = api().anonymous().get("/v3/api-docs").expect(200).text();
        assertThat(document).contains("/api/v1/units").contains("/api/v1/units/{unitId}/rename")
                .contains("Idempotency-Key");
    }
}
