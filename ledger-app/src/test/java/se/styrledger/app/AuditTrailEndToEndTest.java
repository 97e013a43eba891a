package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The revisorer's audit trail over HTTP: the chain of one commitment, its evidence, and who may read it. */
class AuditTrailEndToEndTest extends LedgerHttpTest {

    private UUID committee;
    private UUID effectGoal;
    private UUID directionGoal;
    private long position;
    /** Each test records its own history in the shared database, so names and diarienummer are its own. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private JsonNode posted(String path, String body, int status) {
        JsonNode answer = api().post(path, body).expect(status).body();
        position = Math.max(position, answer.get("position").asLong());
        return answer;
    }

    private UUID created(String path, String body) {
        return UUID.fromString(posted(path, body, 201).get("id").asText());
    }

    @BeforeEach
    void aCommitmentWithItsHistory() {
        UUID council = council();
        committee = created("/api/v1/units", """
                {"name": "Arbetsmarknadsnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2014-12-15")));
        UUID vision = created("/api/v1/visions", """
                {"text": "En framgångskommun", "decision": %s}""".formatted(decision(council, "2015-06-15")));
        UUID direction = created("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Arbete", "decision": %s}""".formatted(vision, decision(council, "2015-06-15")));
        directionGoal = created("/api/v1/direction-goals", """
                {"directionId": "%s", "title": "Fler unga går från bidrag till egen försörjning", "fromYear": 2023,
                 "toYear": 2026, "decision": %s}""".formatted(direction, decision(council, "2022-06-20")));
        effectGoal = created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": 2024, "title": "Ökad andel unga med varaktig självförsörjning",
                 "targetGroup": "Unga 18–24 år som söker försörjningsstöd",
                 "intendedEffect": "Ökad andel unga har en varaktig självförsörjning",
                 "directionGoalIds": ["%s"], "decision": {"decidedBy": "%s", "decidedOn": "2023-10-16",
                 "paragraph": "§ 45", "caseNumber": "AMN 2023/%s"}}""".formatted(committee, directionGoal, committee, run));
        UUID activity = created("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Rekryteringsutbildningar för unga", "responsible": "Enhetschef %s",
                 "dueDate": "2024-06-30", "decision": %s}""".formatted(effectGoal, run, decision(committee, "2023-11-13")));
        posted("/api/v1/activities/" + activity + "/status", """
                {"status": "DONE", "comment": "Två kullar genomförda", "changedOn": "2024-06-14"}""", 200);
    }

    private HttpApi revisor() {
        return api().as("revisor", "revisor-pass");
    }

    @Test
    void theChainOfACommitmentRunsFromTheDirectionGoalToTheActivitysOutcome() {
        List<JsonNode> trail = new ArrayList<>();
        // The year's reports belong to every effektmål of 2024 (ADR 0100); other test classes open them.
        revisor().get("/api/v1/audit/effect-goals/" + effectGoal + "/trail?minPosition=" + position).expect(200)
                .body().forEach(entry -> {
                    if (!entry.get("eventType").asText().startsWith("FollowUpReport")) {
                        trail.add(entry);
                    }
                });

        assertThat(trail).extracting(entry -> entry.get("eventType").asText()).containsExactly(
                "DirectionGoalAdopted", "EffectGoalAdopted", "ActivityPlanned", "ActivityStatusChanged");
        JsonNode adopted = trail.get(1);
        assertThat(adopted.get("paragraph").asText()).isEqualTo("§ 45");
        assertThat(adopted.get("caseNumber").asText()).isEqualTo("AMN 2023/" + run);
        assertThat(adopted.get("decidedBy").asText()).isEqualTo(committee.toString());
        assertThat(adopted.get("recordedBy").asText()).isEqualTo("demo");
        assertThat(adopted.get("unitId").asText()).isEqualTo(committee.toString());
        assertThat(adopted.get("year").asInt()).isEqualTo(2024);
        assertThat(adopted.get("lagDays").asLong()).as("days from the meeting to the recording")
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2023, 10, 16), LocalDate.now(ZoneId.of("Europe/Stockholm"))));
        assertThat(trail.get(2).get("person").asText()).isEqualTo("Enhetschef " + run);
        assertThat(trail.get(3).get("description").asText()).contains("genomförd");
    }

    @Test
    void everyEntryNamesTheEventItCameFrom() {
        JsonNode trail = revisor().get("/api/v1/audit/effect-goals/" + effectGoal + "/trail?minPosition=" + position)
                .expect(200).body();

        for (JsonNode entry : trail) {
            Long stored = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                    Long.class, entry.get("eventId").asText());
            assertThat(stored).isEqualTo(entry.get("globalPosition").asLong());
        }
    }

    @Test
    void theTrailIsFoundByDiarienummerByPersonAndByUnitAndYear() {
        JsonNode byCase = revisor().get("/api/v1/audit/case-numbers/trail?caseNumber=AMN%202023/" + run
                + "&minPosition=" + position).expect(200).body();
        assertThat(byCase.size()).isEqualTo(1);
        JsonNode byPerson = revisor().get("/api/v1/audit/people/Enhetschef%20" + run + "/trail?minPosition=" + position)
                .expect(200).body();
        assertThat(byPerson.size()).isEqualTo(1);
        JsonNode byUnit = revisor().get("/api/v1/audit/units/" + committee + "/trail?year=2024&minPosition=" + position)
                .expect(200).body();
        assertThat(byUnit.size()).as("effektmål, activity planned, status changed").isEqualTo(3);
    }

    @Test
    void anAnonymousReaderIs401AndARecorderIs403() {
        String path = "/api/v1/audit/effect-goals/" + effectGoal + "/trail";
        api().anonymous().get(path).problem(401);
        api().as("recorder", "recorder-pass").get(path).problem(403);
    }

    @Test
    void anAuditorsReadIsItselfRecordedAndReadableByAnAdmin() {
        String path = "/api/v1/audit/effect-goals/" + effectGoal + "/trail";
        revisor().get(path + "?minPosition=" + position).expect(200);

        JsonNode log = api().get("/api/v1/admin/audit-access").expect(200).body();
        boolean found = false;
        for (JsonNode access : log) {
            found |= access.get("accessedBy").asText().equals("revisor") && access.get("request").asText().contains(path);
        }
        assertThat(found).as("the revisor's read is in the access log").isTrue();
        revisor().get("/api/v1/admin/audit-access").problem(403);
    }

    @Test
    void theAccessLogCannotBeRewritten() {
        revisor().get("/api/v1/audit/effect-goals/" + effectGoal + "/trail?minPosition=" + position).expect(200);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_access"))
                .rootCause().hasMessageContaining("append-only");
    }
}
