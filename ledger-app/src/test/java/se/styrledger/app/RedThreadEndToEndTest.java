package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The röd tråd recorded over the public command API and read back over the query API: the tree, one nämnd's
 * commitments, what points where, the flags as they appear and disappear with asOf, and a backdated revision seen
 * through asOf and knownAt.
 */
class RedThreadEndToEndTest extends LedgerHttpTest {

    private UUID council;
    private UUID committee;
    private UUID vision;
    private UUID direction;
    private UUID directionGoal;
    private long position;

    private UUID created(String path, String body) {
        JsonNode answer = api().post(path, body).expect(201).body();
        position = answer.get("position").asLong();
        return UUID.fromString(answer.get("id").asText());
    }

    private void changed(String path, String body) {
        position = api().post(path, body).expect(200).body().get("position").asLong();
    }

    private JsonNode read(String path) {
        return api().get(path + (path.contains("?") ? "&" : "?") + "minPosition=" + position).expect(200).body();
    }

    @BeforeEach
    void aKommunWithAVisionDownToAnInriktningsmål() {
        council = council();
        committee = created("/api/v1/units", """
                {"name": "Tekniska nämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2014-12-15")));
        vision = created("/api/v1/visions", """
                {"text": "Trelleborg ska vara en framgångskommun med hög livskvalitet och en långsiktigt hållbar tillväxt.",
                 "decision": %s}""".formatted(decision(council, "2015-06-15")));
        direction = created("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Långsiktig hållbar tillväxt", "themes": ["miljö", "ekonomi", "infrastruktur"],
                 "decision": %s}""".formatted(vision, decision(council, "2015-06-15")));
        directionGoal = created("/api/v1/direction-goals", """
                {"directionId": "%s", "title": "Ett renare Trelleborg", "fromYear": 2023, "toYear": 2026,
                 "decision": %s}""".formatted(direction, decision(council, "2022-06-20")));
    }

    private UUID effectGoal(String title) {
        return created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": 2024, "title": "%s", "targetGroup": "Kommuninvånarna",
                 "intendedEffect": "Mindre nedskräpning och ökad materialåtervinning",
                 "directionGoalIds": ["%s"], "decision": %s}""".formatted(committee, title, directionGoal,
                decision(committee, "2023-10-16")));
    }

    private UUID activity(UUID goal, String dueDate) {
        return created("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Inköp av 2-fackssopbilar och matavfallskärl", "responsible": "Avfallschef",
                 "dueDate": "%s", "decision": %s}""".formatted(goal, dueDate, decision(committee, "2023-11-13")));
    }

    private void attachIndicator(UUID goal) {
        UUID indicator = created("/api/v1/indicators", """
                {"name": "Andel hushållsavfall insamlat för materialåtervinning", "unitOfMeasure": "procent",
                 "direction": "HIGHER_IS_BETTER", "source": "KOLADA", "koladaKpiId": "N85511"}""");
        changed("/api/v1/effect-goals/" + goal + "/indicators", """
                {"indicatorId": "%s", "target": {"value": 45.5, "period": {"kind": "YEAR", "year": 2024, "number": 1}},
                 "decision": %s}""".formatted(indicator, decision(committee, "2023-10-16")));
    }

    private List<String> flagKinds(String asOf) {
        List<String> kinds = new ArrayList<>();
        read("/api/v1/flags?unitId=" + committee + "&year=2024&asOf=" + asOf).forEach(f -> kinds.add(f.get("kind").asText()));
        return kinds;
    }

    @Test
    void aWholeRedThreadIsReadBackAsOneTreeFromVisionToActivity() {
        UUID goal = effectGoal("Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning");
        attachIndicator(goal);
        UUID activity = activity(goal, "2024-06-30");
        changed("/api/v1/activities/" + activity + "/status", """
                {"status": "IN_PROGRESS", "comment": "Upphandlingen är klar", "changedOn": "2024-02-01"}""");
        changed("/api/v1/effect-goals/" + goal + "/change-theory", """
                {"steps": [{"kind": "ACTIVITY", "text": "Inköp av 2-fackssopbilar och matavfallskärl"},
                           {"kind": "OUTPUT", "text": "Nytt insamlingssystem för avfall införs"},
                           {"kind": "EFFECT", "text": "Mindre nedskräpning och ökad materialåtervinning"}],
                 "decision": %s}""".formatted(decision(committee, "2023-11-13")));

        JsonNode tree = read("/api/v1/red-thread?unitId=" + committee + "&asOf=2024-03-01");

        JsonNode visionNode = tree.get("visions").get(0);
        assertThat(visionNode.get("visionId").asText()).isEqualTo(vision.toString());
        assertThat(visionNode.get("text").asText()).startsWith("Trelleborg ska vara en framgångskommun");
        JsonNode directionNode = visionNode.get("strategicDirections").get(0);
        assertThat(directionNode.get("name").asText()).isEqualTo("Långsiktig hållbar tillväxt");
        JsonNode goalNode = directionNode.get("directionGoals").get(0);
        assertThat(goalNode.get("title").asText()).isEqualTo("Ett renare Trelleborg");
        assertThat(goalNode.get("statusLabel").asText()).isEqualTo("gällande");
        JsonNode unitNode = goalNode.get("units").get(0);
        assertThat(unitNode.get("unitName").asText()).isEqualTo("Tekniska nämnden");
        JsonNode effect = unitNode.get("effectGoals").get(0);
        assertThat(effect.get("title").asText())
                .isEqualTo("Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning");
        assertThat(effect.get("ownerUnitName").asText()).isEqualTo("Tekniska nämnden");
        assertThat(effect.get("originLabel").asText()).isEqualTo("eget åtagande");
        assertThat(effect.get("decision").get("paragraph").asText()).isEqualTo("§ 90");
        assertThat(effect.get("indicators").get(0).get("targetValue").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(effect.get("indicators").get(0).get("period").get("kindLabel").asText()).isEqualTo("år");
        JsonNode activityNode = effect.get("activities").get(0);
        assertThat(activityNode.get("responsible").asText()).isEqualTo("Avfallschef");
        assertThat(activityNode.get("statusLabel").asText()).isEqualTo("pågår");
        assertThat(activityNode.get("statusChanges").get(0).get("comment").asText()).isEqualTo("Upphandlingen är klar");
        assertThat(effect.get("changeTheory").get("steps")).hasSize(3);
        assertThat(effect.get("changeTheory").get("steps").get(1).get("kindLabel").asText()).isEqualTo("utfall");
        assertThat(effect.get("flags")).isEmpty();
        assertThat(tree.get("unplacedEffectGoals")).isEmpty();
    }

    @Test
    void aUnitsCommitmentsForAYearHoldItsPlanEffectGoalsActivitiesAndIndicators() {
        UUID goal = effectGoal("Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning");
        attachIndicator(goal);
        activity(goal, "2024-06-30");
        UUID plan = created("/api/v1/operational-plans", """
                {"unitId": "%s", "year": 2024, "summary": "Tekniska nämndens verksamhetsplan 2024",
                 "budgetFrame": 412000000, "effectGoalIds": ["%s"], "decision": %s}"""
                .formatted(committee, goal, decision(committee, "2023-11-13")));

        JsonNode commitments = read("/api/v1/units/" + committee + "/commitments?year=2024&asOf=2024-03-01");

        assertThat(commitments.get("unitName").asText()).isEqualTo("Tekniska nämnden");
        JsonNode planNode = commitments.get("operationalPlans").get(0);
        assertThat(planNode.get("planId").asText()).isEqualTo(plan.toString());
        assertThat(planNode.get("budgetFrame").decimalValue()).isEqualByComparingTo("412000000");
        assertThat(planNode.get("effectGoalIds").get(0).asText()).isEqualTo(goal.toString());
        JsonNode effect = commitments.get("effectGoals").get(0);
        assertThat(effect.get("goalId").asText()).isEqualTo(goal.toString());
        assertThat(effect.get("activities")).hasSize(1);
        assertThat(effect.get("indicators")).hasSize(1);
        assertThat(read("/api/v1/units/" + committee + "/commitments?year=2025&asOf=2024-03-01").get("effectGoals"))
                .as("another year").isEmpty();
    }

    @Test
    void whatPointsWhereListsEveryEffectGoalLinkedToAnInriktningsmål() {
        UUID first = effectGoal("Mindre nedskräpning i centrum");
        UUID second = effectGoal("Ökad materialåtervinning");

        JsonNode linked = read("/api/v1/direction-goals/" + directionGoal + "/effect-goals?asOf=2024-03-01");

        List<String> ids = new ArrayList<>();
        linked.forEach(g -> ids.add(g.get("goalId").asText()));
        assertThat(ids).containsExactlyInAnyOrder(first.toString(), second.toString());
    }

    @Test
    void flagsAppearAndDisappearWithWhatWasDecidedAndDone() {
        UUID goal = effectGoal("Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning");
        UUID activity = activity(goal, "2024-05-31");

        assertThat(flagKinds("2024-05-31")).containsExactly("NO_INDICATOR");
        assertThat(flagKinds("2024-06-01")).containsExactlyInAnyOrder("NO_INDICATOR", "ACTIVITY_OVERDUE");

        attachIndicator(goal);
        changed("/api/v1/activities/" + activity + "/status", """
                {"status": "DONE", "comment": "Sopbilarna levererade", "changedOn": "2024-06-10"}""");
        assertThat(flagKinds("2024-06-05")).containsExactly("ACTIVITY_OVERDUE");
        assertThat(flagKinds("2024-06-10")).isEmpty();

        changed("/api/v1/direction-goals/" + directionGoal + "/withdraw", """
                {"reason": "Ersatt i flerårsplanen 2025–2027", "decision": {"decidedBy": "%s", "decidedOn": "2024-06-17",
                 "paragraph": "§ 77", "caseNumber": "KS 2024/0301", "effectiveFrom": "2024-07-01"}}""".formatted(council));
        assertThat(flagKinds("2024-06-30")).isEmpty();
        assertThat(flagKinds("2024-07-01")).containsExactly("ALL_DIRECTION_GOALS_WITHDRAWN");
        JsonNode flag = read("/api/v1/flags?unitId=" + committee + "&asOf=2024-07-01").get(0);
        assertThat(flag.get("label").asText()).isEqualTo("Alla länkade inriktningsmål är upphävda");
        assertThat(flag.get("effectGoalId").asText()).isEqualTo(goal.toString());

        JsonNode tree = read("/api/v1/red-thread?unitId=" + committee + "&asOf=2024-07-01");
        JsonNode withdrawn = tree.get("visions").get(0).get("strategicDirections").get(0).get("directionGoals").get(0);
        assertThat(withdrawn.get("statusLabel").asText()).as("withdrawn, shown, marked").isEqualTo("upphävt");
        assertThat(withdrawn.get("units").get(0).get("effectGoals").get(0).get("flags").get(0).get("kind").asText())
                .isEqualTo("ALL_DIRECTION_GOALS_WITHDRAWN");
    }

    @Test
    void aBackdatedRevisionIsInForceFromItsDateButOnlyAsKnownAfterItWasRecorded() {
        UUID goal = effectGoal("Mindre nedskräpning");
        read("/api/v1/effect-goals/" + goal);
        Instant beforeRevision = Instant.now();

        changed("/api/v1/effect-goals/" + goal + "/revise", """
                {"title": "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning",
                 "targetGroup": "Kommuninvånarna", "intendedEffect": "Mindre nedskräpning och ökad materialåtervinning",
                 "decision": {"decidedBy": "%s", "decidedOn": "2024-03-18", "paragraph": "§ 33",
                 "caseNumber": "TN 2024/0042", "effectiveFrom": "2024-01-01"}}""".formatted(committee));

        String path = "/api/v1/effect-goals/" + goal;
        JsonNode now = read(path + "?asOf=2024-02-01");
        assertThat(now.get("title").asText()).isEqualTo("Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning");
        assertThat(now.get("version").asInt()).isEqualTo(2);
        assertThat(now.get("decision").get("paragraph").asText()).isEqualTo("§ 33");
        JsonNode then = read(path + "?asOf=2024-02-01&knownAt=" + beforeRevision);
        assertThat(then.get("title").asText()).as("as the ledger knew it before the revision").isEqualTo("Mindre nedskräpning");
        assertThat(then.get("version").asInt()).isEqualTo(1);
        assertThat(read(path + "?asOf=2023-12-31").get("title").asText()).isEqualTo("Mindre nedskräpning");
        assertThat(read(path + "/history")).extracting(v -> v.get("version").asInt()).containsExactly(1, 2);
    }

    @Test
    void unknownItemsAnswer404AndABadYearAnswers400() {
        assertThat(api().get("/api/v1/effect-goals/" + UUID.randomUUID()).problem(404).get("detail").asText())
                .contains("Effektmålet");
        assertThat(api().get("/api/v1/red-thread?unitId=" + UUID.randomUUID()).problem(404).get("detail").asText())
                .contains("Enheten");
        assertThat(api().get("/api/v1/flags?year=99").problem(400).get("field").asText()).isEqualTo("year");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRödTrådQueryWithSwedishExamples() {
        JsonNode document = api().anonymous().get("/v3/api-docs").expect(200).body();

        JsonNode paths = document.get("paths");
        for (String path : List.of("/api/v1/red-thread", "/api/v1/units/{unitId}/commitments",
                "/api/v1/direction-goals/{goalId}/effect-goals", "/api/v1/flags", "/api/v1/visions",
                "/api/v1/strategic-directions", "/api/v1/direction-goals/{goalId}", "/api/v1/effect-goals/{goalId}",
                "/api/v1/effect-goals/{goalId}/history", "/api/v1/operational-plans/{planId}",
                "/api/v1/activities/{activityId}", "/api/v1/indicators/{indicatorId}")) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).get("get").get("summary").asText()).as(path).isNotBlank();
        }
        assertThat(paths.get("/api/v1/red-thread").get("get").toString())
                .contains("Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning");
        assertThat(document.get("components").get("schemas").get("EffectGoalDetail").get("properties").has("title"))
                .as("the effektmål's own fields sit beside what hangs on it").isTrue();
    }
}
