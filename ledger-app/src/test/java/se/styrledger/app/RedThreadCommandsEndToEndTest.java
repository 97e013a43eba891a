package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The röd tråd recorded over HTTP from vision to activity, and one refused command of each rule, each answering 422
 * problem+json naming its rule and leaving the event store unchanged.
 */
class RedThreadCommandsEndToEndTest extends LedgerHttpTest {

    private UUID council;
    private UUID committee;
    private UUID otherCommittee;
    private UUID direction;
    private UUID directionGoal;

    private UUID created(String path, String body) {
        return UUID.fromString(api().post(path, body).expect(201).body().get("id").asText());
    }

    private UUID unit(String name, String kind, UUID parent) {
        return created("/api/v1/units", """
                {"name": "%s", "kind": "%s", "parentId": "%s", "decision": %s}
                """.formatted(name, kind, parent, decision(council, "2014-12-15")));
    }

    @BeforeEach
    void aKommunWithARedThreadDownToADirectionGoal() {
        council = council();
        committee = unit("Tekniska nämnden", "COMMITTEE", council);
        otherCommittee = unit("Socialnämnden", "COMMITTEE", council);
        UUID vision = created("/api/v1/visions", """
                {"text": "Trelleborg ska vara en framgångskommun med hög livskvalitet och en långsiktigt hållbar tillväxt.",
                 "decision": %s}""".formatted(decision(council, "2015-06-15")));
        direction = created("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Långsiktig hållbar tillväxt", "themes": ["miljö", "ekonomi", "infrastruktur"],
                 "decision": %s}""".formatted(vision, decision(council, "2015-06-15")));
        directionGoal = created("/api/v1/direction-goals", """
                {"directionId": "%s", "title": "Ett renare Trelleborg", "fromYear": 2023, "toYear": 2026,
                 "decision": %s}""".formatted(direction, decision(council, "2022-06-20")));
    }

    private String effectGoal(UUID owner, UUID decidedBy, String targetGroup) {
        return """
                {"ownerUnitId": "%s", "year": 2024, "title": "Mindre nedskräpning",
                 "targetGroup": %s, "intendedEffect": "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning",
                 "directionGoalIds": ["%s"], "decision": %s}""".formatted(owner, targetGroup, directionGoal,
                decision(decidedBy, "2023-10-16"));
    }

    private void refused(String path, String body, String rule) {
        long before = eventCount();
        JsonNode problem = api().post(path, body).problem(422);
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
        assertThat(problem.get("title").asText()).contains(rule);
        assertThat(problem.has("field")).isTrue();
        assertThat(eventCount()).as("nothing recorded by a refused command").isEqualTo(before);
    }

    @Test
    void aWholeRedThreadIsRecordedFromVisionToActivity() {
        UUID goal = created("/api/v1/effect-goals", effectGoal(committee, committee, "\"Kommuninvånarna\""));
        UUID indicator = created("/api/v1/indicators", """
                {"name": "Andel hushållsavfall insamlat för materialåtervinning", "unitOfMeasure": "procent",
                 "direction": "HIGHER_IS_BETTER", "source": "KOLADA", "koladaKpiId": "N85511"}""");
        api().post("/api/v1/effect-goals/" + goal + "/indicators", """
                {"indicatorId": "%s", "target": {"value": 45.5, "period": {"kind": "YEAR", "year": 2024, "number": 1}},
                 "decision": %s}""".formatted(indicator, decision(committee, "2023-10-16"))).expect(200);
        UUID activity = created("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Inköp av 2-fackssopbilar och matavfallskärl", "responsible": "Avfallschef",
                 "dueDate": "2024-06-30", "decision": %s}""".formatted(goal, decision(committee, "2023-11-13")));
        api().post("/api/v1/activities/" + activity + "/status", """
                {"status": "IN_PROGRESS", "comment": "Upphandlingen är klar", "changedOn": "2024-02-01"}""").expect(200);
        created("/api/v1/operational-plans", """
                {"unitId": "%s", "year": 2024, "summary": "Tekniska nämndens verksamhetsplan 2024",
                 "budgetFrame": 412000000, "effectGoalIds": ["%s"], "decision": %s}"""
                .formatted(committee, goal, decision(committee, "2023-11-13")));
        api().post("/api/v1/effect-goals/" + goal + "/change-theory", """
                {"steps": [{"kind": "ACTIVITY", "text": "Inköp av 2-fackssopbilar och matavfallskärl"},
                           {"kind": "OUTPUT", "text": "Nytt insamlingssystem för avfall införs"},
                           {"kind": "EFFECT", "text": "Mindre nedskräpning och ökad materialåtervinning"}],
                 "decision": %s}""".formatted(decision(committee, "2023-11-13"))).expect(200);

        String types = String.join(",", jdbc.queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier IN (?, ?, ?) ORDER BY global_index",
                String.class, goal.toString(), activity.toString(), directionGoal.toString()));
        assertThat(types).contains("DirectionGoalAdopted", "EffectGoalAdopted", "IndicatorAttached", "ActivityPlanned",
                "ActivityStatusChanged", "ChangeTheoryDefined");
    }

    @Test
    void aVisionAdoptedByTheExecutiveBoardIsRefusedUnderR01() {
        UUID board = unit("Kommunstyrelsen", "EXECUTIVE_BOARD", council);
        refused("/api/v1/visions", """
                {"text": "En annan vision", "decision": %s}""".formatted(decision(board, "2020-06-15")), "R-01");
    }

    @Test
    void anEffectGoalDecidedByAnotherCommitteeIsRefusedUnderR02() {
        refused("/api/v1/effect-goals", effectGoal(committee, otherCommittee, "\"Kommuninvånarna\""), "R-02");
    }

    @Test
    void aPlanAdoptedByAnotherBodyIsRefusedUnderR07() {
        refused("/api/v1/operational-plans", """
                {"unitId": "%s", "year": 2024, "budgetFrame": 1000, "decision": %s}"""
                .formatted(committee, decision(otherCommittee, "2023-11-13")), "R-07");
    }

    @Test
    void anEffectGoalWithoutDirectionGoalIsRefusedUnderR10() {
        refused("/api/v1/effect-goals", effectGoal(committee, committee, "\"Kommuninvånarna\"")
                .replace("\"directionGoalIds\": [\"" + directionGoal + "\"]", "\"directionGoalIds\": []"), "R-10");
    }

    @Test
    void anEffectGoalWithoutTargetGroupIsRefusedUnderR11() {
        refused("/api/v1/effect-goals", effectGoal(committee, committee, "null"), "R-11");
    }

    @Test
    void anEffectGoalForYearsAheadIsRefusedUnderR12() {
        refused("/api/v1/effect-goals", effectGoal(committee, committee, "\"Kommuninvånarna\"")
                .replace("\"year\": 2024", "\"year\": 2030"), "R-12");
    }

    @Test
    void anActivityWithoutResponsibleIsRefusedUnderR13() {
        UUID goal = created("/api/v1/effect-goals", effectGoal(committee, committee, "\"Kommuninvånarna\""));
        refused("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Informationsinsatser", "dueDate": "2024-05-31", "decision": %s}"""
                .formatted(goal, decision(committee, "2023-11-13")), "R-13");
    }

    @Test
    void anIndicatorWithoutTargetIsRefusedUnderR14() {
        UUID goal = created("/api/v1/effect-goals", effectGoal(committee, committee, "\"Kommuninvånarna\""));
        UUID indicator = created("/api/v1/indicators", """
                {"name": "Nöjd medborgar-index", "unitOfMeasure": "index", "direction": "HIGHER_IS_BETTER",
                 "source": "SURVEY"}""");
        refused("/api/v1/effect-goals/" + goal + "/indicators", """
                {"indicatorId": "%s", "target": {"period": {"kind": "YEAR", "year": 2024, "number": 1}}, "decision": %s}"""
                .formatted(indicator, decision(committee, "2023-10-16")), "R-14");
    }

    @Test
    void aDirectionGoalWithoutStrategicDirectionIsRefusedUnderR15() {
        refused("/api/v1/direction-goals", """
                {"title": "Fler i egen försörjning", "fromYear": 2023, "toYear": 2026, "decision": %s}"""
                .formatted(decision(council, "2022-06-20")), "R-15");
    }
}
