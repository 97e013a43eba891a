package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each follow-up rule refused over HTTP: 422 problem+json naming the rule and the field, and nothing recorded. */
class FollowUpRefusalsEndToEndTest extends LedgerHttpTest {

    private JsonNode refused(HttpApiCall call, String rule, String field) {
        long before = eventCount();
        JsonNode problem = call.send().problem(422);
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
        assertThat(problem.get("title").asText()).contains(rule);
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(eventCount()).as("nothing recorded by a refused command").isEqualTo(before);
        return problem;
    }

    private interface HttpApiCall {
        HttpApi.Answer send();
    }

    @Test
    void followUpRefusalsNameTheirRuleAndRecordNothing() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2020, "Fler unga tar del av arbetsmarknadsinsatser");
        UUID march = kommun.value("MONTH", 3, "61.5", "null");
        UUID interim1 = kommun.report("INTERIM_1");

        JsonNode duplicate = refused(() -> api().post("/api/v1/indicator-values", """
                {"indicatorId": "%s", "unitId": "%s", "period": {"kind": "MONTH", "year": 2020, "number": 3},
                 "value": 62, "source": "Egen mätning"}""".formatted(kommun.indicator, kommun.committee)),
                "R-23", "period");
        assertThat(duplicate.get("detail").asText()).contains(march.toString()).contains("korrigering");
        refused(() -> api().post("/api/v1/indicator-values/" + march + "/corrections", """
                {"value": 62, "source": "Egen mätning", "reason": " "}"""), "R-23", "reason");
        refused(() -> kommun.assess(interim1, kommun.effectGoal, "FULFILLED", "\"\""), "R-22", "analysis");
        refused(() -> api().post("/api/v1/assessments", """
                {"reportId": "%s", "goalId": "%s", "level": "FULFILLED", "analysis": "Bra"}"""
                .formatted(interim1, kommun.effectGoal)), "R-22", "assessedBy");
        refused(() -> api().post("/api/v1/follow-up-reports", """
                {"year": 2020, "kind": "INTERIM_1"}"""), "R-20", "kind");

        kommun.close(interim1);
        refused(() -> kommun.assess(interim1, kommun.effectGoal, "FULFILLED", "\"För sent\""), "R-21", "reportId");
        refused(() -> api().post("/api/v1/follow-up-reports/" + interim1 + "/adopt", """
                {"decision": %s}""".formatted(decision(kommun.committee, "2020-06-15"))), "R-20", "decision.decidedBy");
        api().post("/api/v1/follow-up-reports/" + interim1 + "/adopt", """
                {"decision": %s}""".formatted(decision(kommun.council, "2020-06-15"))).expect(200);
    }

    @Test
    void aReportIsNotClosedBeforeItsCutOffUnderR20() {
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).getYear();
        UUID annual = UUID.fromString(api().post("/api/v1/follow-up-reports", """
                {"year": %d, "kind": "ANNUAL"}""".formatted(thisYear)).expect(201).body().get("id").asText());

        refused(() -> api().post("/api/v1/follow-up-reports/" + annual + "/close", "application/json", ""),
                "R-20", "reportId");
    }

    @Test
    void aCorrectionOfAnUnknownValueIs404AndAMalformedPeriodIs400() {
        api().post("/api/v1/indicator-values/" + UUID.randomUUID() + "/corrections", """
                {"value": 1, "source": "x", "reason": "y"}""").problem(404);
        JsonNode problem = api().post("/api/v1/indicator-values", """
                {"indicatorId": "%s", "unitId": "%s", "period": {"kind": "MONTH", "year": 2020, "number": 13},
                 "value": 1, "source": "x"}""".formatted(UUID.randomUUID(), UUID.randomUUID())).problem(400);
        assertThat(problem.get("field").asText()).isIn("indicatorId", "period");
    }
}
