package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries take their read time through one resolver ({@code @ReadAt ReadTime}, ADR 0132): the OpenAPI document must
 * still show clients the three query parameters, and the resolver must check them as the controllers did.
 */
class ReadTimeParametersTest extends LedgerHttpTest {

    private static List<String> queryParameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if ("query".equals(p.get("in").asText())) {
                names.add(p.get("name").asText());
            }
        });
        return names;
    }

    @Test
    void theOpenApiDocumentShowsAsOfKnownAtAndMinPosition() {
        JsonNode paths = api().anonymous().get("/v3/api-docs").expect(200).body().get("paths");

        assertThat(queryParameters(paths.get("/api/v1/operational-plans").get("get")))
                .contains("unitId", "year", "asOf", "knownAt", "minPosition");
        assertThat(queryParameters(paths.get("/api/v1/red-thread").get("get")))
                .contains("asOf", "knownAt", "minPosition");
        assertThat(queryParameters(paths.get("/api/v1/units/{unitId}/history").get("get")))
                .as("a history has every version on the decision axis: no asOf")
                .contains("knownAt", "minPosition").doesNotContain("asOf");

        JsonNode report = paths.get("/api/v1/follow-up-reports/{reportId}").get("get");
        assertThat(queryParameters(report)).as("a report's read time: knownAt only (absent: as frozen, R-21)")
                .contains("unitId", "knownAt", "minPosition").doesNotContain("asOf");
        report.get("parameters").forEach(p -> {
            if (p.get("name").asText().equals("knownAt")) {
                assertThat(p.get("required").asBoolean()).isFalse();
                assertThat(p.get("schema").get("format").asText()).isEqualTo("date-time");
                assertThat(p.get("description").asText()).contains("frystes");
            }
        });

        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                assertThat(queryParameters(get)).as("GET %s shows no resolved ReadTime", path.getKey())
                        .doesNotContain("at", "readTime");
            }
        }
    }

    @Test
    void theResolverChecksEachParameterAndWaitsForMinPosition() {
        assertThat(api().get("/api/v1/units?asOf=2024-13-01").problem(400).get("field").asText()).isEqualTo("asOf");
        assertThat(api().get("/api/v1/units?knownAt=yesterday").problem(400).get("field").asText())
                .isEqualTo("knownAt");
        assertThat(api().get("/api/v1/units?minPosition=many").problem(400).get("field").asText())
                .isEqualTo("minPosition");
        assertThat(api().get("/api/v1/units?minPosition=-1").problem(400).get("field").asText())
                .isEqualTo("minPosition");

        long position = api().post("/api/v1/units", """
                {"name": "Kommunfullmäktige i Läsetid", "kind": "COUNCIL",
                 "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0077"}}
                """).expect(201).body().get("position").asLong();
        assertThat(api().get("/api/v1/units?minPosition=" + position).expect(200).text())
                .as("read-your-writes: the unit is there once the read waited for its position")
                .contains("Kommunfullmäktige i Läsetid");
    }
}
