package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Command REST → aggregate → event in PostgreSQL → projection → query REST, for organisation units. */
class UnitsEndToEndTest extends LedgerHttpTest {

    private UUID committee(UUID council, String name) {
        JsonNode created = api().post("/api/v1/units", """
                {"name": "%s", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(name, council, decision(council, "2019-06-17"))).expect(201).body();
        return UUID.fromString(created.get("id").asText());
    }

    @Test
    void aRecordedUnitIsReadBackThroughTheProjection() {
        UUID council = council();
        JsonNode created = api().post("/api/v1/units", """
                {"name": "Socialnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2019-06-17"))).expect(201).body();
        long position = created.get("position").asLong();
        assertThat(position).isPositive();

        JsonNode unit = api().get("/api/v1/units/" + created.get("id").asText() + "?minPosition=" + position)
                .expect(200).body();

        assertThat(unit.get("name").asText()).isEqualTo("Socialnämnden");
        assertThat(unit.get("kindLabel").asText()).isEqualTo("nämnd");
        assertThat(unit.get("parentId").asText()).isEqualTo(council.toString());
        assertThat(unit.get("decision").get("paragraph").asText()).isEqualTo("§ 90");
        assertThat(unit.get("decision").get("caseNumber").asText()).isEqualTo("KS 2019/0458");
    }

    @Test
    void everyEventRecordsWhoRecordedItAndTheRequestsCorrelationId() {
        UUID council = council();
        JsonNode created = api().header("X-Correlation-Id", "walkthrough-42").post("/api/v1/units", """
                {"name": "Kultur- och fritidsnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2019-06-17"))).expect(201).body();

        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, created.get("id").asText());

        assertThat(metadata).contains("\"recordedBy\":\"demo\"").contains("\"correlationId\":\"walkthrough-42\"")
                .contains("\"commandId\"");
    }

    @Test
    void aBackdatedRenameIsInForceFromItsDateButOnlyAsKnownAfterItWasRecorded() {
        UUID council = council();
        UUID unit = committee(council, "Miljönämnden");
        Instant beforeRename = Instant.now();

        long position = api().post("/api/v1/units/" + unit + "/rename", """
                {"name": "Miljö- och byggnämnden", "decision": {"decidedBy": "%s", "decidedOn": "2020-06-15",
                 "paragraph": "§ 12", "caseNumber": "KS 2020/0100", "effectiveFrom": "2020-07-01"}}
                """.formatted(council)).expect(200).body().get("position").asLong();

        String now = "/api/v1/units/" + unit + "?minPosition=" + position;
        assertThat(api().get(now + "&asOf=2020-06-30").expect(200).body().get("name").asText())
                .isEqualTo("Miljönämnden");
        assertThat(api().get(now + "&asOf=2020-07-01").expect(200).body().get("name").asText())
                .isEqualTo("Miljö- och byggnämnden");
        assertThat(api().get(now + "&asOf=2020-07-01&knownAt=" + beforeRename).expect(200).body().get("name").asText())
                .as("what the ledger held before the rename was recorded").isEqualTo("Miljönämnden");
        assertThat(api().get(now + "&asOf=2019-01-01").status()).as("before it was established").isEqualTo(404);
    }

    @Test
    void aDissolvedUnitIsStillListedAndMarkedAsDissolved() {
        UUID council = council();
        UUID unit = committee(council, "Valnämnden");
        long position = api().post("/api/v1/units/" + unit + "/dissolve", """
                {"decision": %s}
                """.formatted(decision(council, "2022-12-12"))).expect(200).body().get("position").asLong();

        JsonNode list = api().get("/api/v1/units?minPosition=" + position).expect(200).body();
        JsonNode listed = null;
        for (JsonNode u : list) {
            if (u.get("unitId").asText().equals(unit.toString())) {
                listed = u;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("dissolved").asBoolean()).isTrue();
        assertThat(listed.get("statusLabel").asText()).isEqualTo("avvecklad");
        assertThat(api().get("/api/v1/units/" + unit + "?asOf=2022-01-01").expect(200).body().get("dissolved").asBoolean())
                .isFalse();
    }

    @Test
    void readYourWritesWorksForAnEventThisReadModelDoesNotHandle() {
        UUID council = council();
        long visionPosition = api().post("/api/v1/visions", """
                {"text": "En framgångskommun", "decision": %s}""".formatted(decision(council, "2015-06-15")))
                .expect(201).body().get("position").asLong();

        api().get("/api/v1/units/" + council + "?minPosition=" + visionPosition).expect(200);
    }

    @Test
    void aQueryWaitingForAPositionNotYetReachedAnswers503WithRetryAfter() {
        JsonNode problem = api().get("/api/v1/units?minPosition=999999999").problem(503);

        assertThat(problem.get("detail").asText()).contains("999999999");
    }
}
