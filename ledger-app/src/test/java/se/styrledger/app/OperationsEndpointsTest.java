package se.styrledger.app;

import org.junit.jupiter.api.Test;

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

    @Test
    void theOpenApiDocumentDescribesTheUnitEndpoints() {
        String document = api().anonymous().get("/v3/api-docs").expect(200).text();
        assertThat(document).contains("/api/v1/units").contains("/api/v1/units/{unitId}/rename")
                .contains("Idempotency-Key");
    }
}
