package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings on a nämnd's commitments (docs/granskning.md), each present where it applies and absent where it does
 * not, each naming the events behind it and written in Swedish. Kultur- och fritidsnämnden's 2025: goal P is planned
 * with an aktivitet whose slutdatum was moved after it had passed; goal Q has no aktivitet and a målvärde for 2026;
 * the nämnd's own riktlinje was due for aktualitetsprövning in June; its verksamhetsplan was withdrawn in December.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentFindingsEndToEndTest extends LedgerHttpTest {

    private static final int YEAR = 2025;
    private UUID committee;
    private UUID goalP;
    private UUID goalQ;
    private UUID activity;
    private UUID finishedInTime;
    private UUID document;
    private long position;

    private UUID created(String path, String body) {
        JsonNode answer = api().post(path, body).expect(201).body();
        position = Math.max(position, answer.get("position").asLong());
        return UUID.fromString(answer.get("id").asText());
    }

    private void changed(String path, String body) {
        position = Math.max(position, api().post(path, body).expect(200).body().get("position").asLong());
    }

    private UUID effectGoal(String title, UUID directionGoal) {
        return created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": %d, "title": "%s", "targetGroup": "Barn och unga",
                 "intendedEffect": "Fler barn och unga deltar i fritidsaktiviteter", "directionGoalIds": ["%s"],
                 "decision": %s}""".formatted(committee, YEAR, title, directionGoal,
                decision(committee, (YEAR - 1) + "-10-16")));
    }

    private void target(UUID goal, UUID indicator, int year) {
        changed("/api/v1/effect-goals/" + goal + "/indicators", """
                {"indicatorId": "%s", "target": {"value": 60, "period": {"kind": "YEAR", "year": %d, "number": 1}},
                 "decision": %s}""".formatted(indicator, year, decision(committee, (YEAR - 1) + "-10-16")));
    }

    @BeforeAll
    void aNamndsYear() {
        UUID council = council();
        committee = created("/api/v1/units", """
                {"name": "Kultur- och fritidsnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}"""
                .formatted(council, decision(council, "2014-12-15")));
        UUID vision = created("/api/v1/visions", """
                {"text": "En framgångskommun", "decision": %s}""".formatted(decision(council, "2015-06-15")));
        UUID direction = created("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Livskvalitet", "decision": %s}"""
                .formatted(vision, decision(council, "2015-06-15")));
        UUID directionGoal = created("/api/v1/direction-goals", """
                {"directionId": "%s", "title": "Fler är aktiva på fritiden", "fromYear": %d, "toYear": %d,
                 "decision": %s}""".formatted(direction, YEAR - 1, YEAR + 1, decision(council, (YEAR - 2) + "-06-20")));
        UUID indicator = created("/api/v1/indicators", """
                {"name": "Andel barn i föreningsliv", "unitOfMeasure": "procent", "direction": "HIGHER_IS_BETTER",
                 "source": "SURVEY"}""");
        goalP = effectGoal("P med flyttat slutdatum", directionGoal);
        target(goalP, indicator, YEAR);
        goalQ = effectGoal("Q utan aktiviteter", directionGoal);
        target(goalQ, indicator, YEAR + 1);
        activity = created("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Öppen hall på lovdagar", "responsible": "Fritidschef",
                 "dueDate": "%d-03-31", "decision": %s}""".formatted(goalP, YEAR, decision(committee, (YEAR - 1) + "-11-13")));
        changed("/api/v1/activities/" + activity + "/revise", """
                {"title": "Öppen hall på lovdagar", "responsible": "Fritidschef", "dueDate": "%d-09-30",
                 "reason": "Upphandlingen av vaktmästeri blev försenad"}""".formatted(YEAR));
        finishedInTime = created("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Sommarläger", "responsible": "Fritidschef",
                 "dueDate": "%d-08-31", "decision": %s}""".formatted(goalP, YEAR, decision(committee, (YEAR - 1) + "-11-13")));
        changed("/api/v1/activities/" + finishedInTime + "/status", """
                {"status": "DONE", "comment": "Två veckor i juli", "changedOn": "%d-07-20"}""".formatted(YEAR));
        changed("/api/v1/activities/" + finishedInTime + "/revise", """
                {"title": "Sommarläger", "responsible": "Fritidschef", "dueDate": "%d-07-31",
                 "reason": "Slutdatumet rättat till lägrets sista dag"}""".formatted(YEAR));
        UUID plan = created("/api/v1/operational-plans", """
                {"unitId": "%s", "year": %d, "summary": "Kultur- och fritidsnämndens verksamhetsplan", "budgetFrame": 1000,
                 "effectGoalIds": ["%s", "%s"], "decision": %s}""".formatted(committee, YEAR, goalP, goalQ,
                decision(committee, (YEAR - 1) + "-11-13")));
        changed("/api/v1/operational-plans/" + plan + "/withdraw", """
                {"reason": "Ersätts av en ny plan i januari", "decision": %s}""".formatted(
                decision(committee, YEAR + "-12-15")));
        document = created("/api/v1/governing-documents", """
                {"type": "GUIDELINE", "title": "Riktlinje för föreningsbidrag", "owner": "Fritidschef",
                 "scope": {"unitIds": ["%s"]}, "reviewDue": "%d-06-30", "decision": %s}"""
                .formatted(committee, YEAR, decision(committee, "2021-05-17")));
    }

    private JsonNode findings(String query) {
        return api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + committee + "/findings?year=" + YEAR
                + "&minPosition=" + position + query).expect(200).body();
    }

    private List<String> kinds(JsonNode findings) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode finding : findings) {
            String about = finding.get("effectGoalId").isNull() ? "-"
                    : finding.get("effectGoalId").asText().equals(goalP.toString()) ? "P"
                    : finding.get("effectGoalId").asText().equals(goalQ.toString()) ? "Q" : "?";
            kinds.add(about + ":" + finding.get("kind").asText());
        }
        return kinds;
    }

    private static JsonNode about(JsonNode findings, String kind, UUID activity) {
        for (JsonNode finding : findings) {
            if (finding.get("kind").asText().equals(kind) && finding.get("activityId").asText()
                    .equals(activity.toString())) {
                return finding;
            }
        }
        throw new AssertionError("No finding " + kind + " about " + activity);
    }

    private static JsonNode one(JsonNode findings, String kind) {
        for (JsonNode finding : findings) {
            if (finding.get("kind").asText().equals(kind)) {
                return finding;
            }
        }
        throw new AssertionError("No finding " + kind);
    }

    @Test
    void eachCommitmentFindingAppearsWhereItApplies() {
        List<String> kinds = kinds(findings(""));
        assertThat(kinds).contains("Q:NO_ACTIVITIES", "Q:TARGET_FOR_OTHER_YEAR", "P:DUE_DATE_MOVED",
                "-:REVIEW_OVERDUE", "-:NO_OPERATIONAL_PLAN");
        assertThat(kinds).doesNotContain("P:NO_ACTIVITIES", "P:TARGET_FOR_OTHER_YEAR", "Q:DUE_DATE_MOVED");
    }

    @Test
    void theMovedDueDateKeepsTheOriginalAndThatItWasOverdue() {
        JsonNode moved = about(findings(""), "DUE_DATE_MOVED", activity);
        assertThat(moved.get("detail").asText()).contains("från " + YEAR + "-03-31 till " + YEAR + "-09-30")
                .contains("försenad enligt det ursprungliga slutdatumet " + YEAR + "-03-31");
        assertThat(moved.get("evidence")).as("planned, revised").hasSize(2);
        // Finished before its original slutdatum: the move is found, but it was never overdue.
        assertThat(about(findings(""), "DUE_DATE_MOVED", finishedInTime).get("detail").asText())
                .contains("från " + YEAR + "-08-31 till " + YEAR + "-07-31").doesNotContain("försenad");
        // The revision holds from the day it was recorded: before that, no slutdatum had been moved.
        assertThat(kinds(findings("&asOf=" + YEAR + "-03-15"))).doesNotContain("P:DUE_DATE_MOVED");
    }

    @Test
    void aPlanInForceMeansNoFindingAndItsWithdrawalBringsIt() {
        assertThat(kinds(findings("&asOf=" + YEAR + "-06-30"))).doesNotContain("-:NO_OPERATIONAL_PLAN");
        JsonNode noPlan = one(findings(""), "NO_OPERATIONAL_PLAN");
        assertThat(noPlan.get("detail").asText()).contains("ingen gällande verksamhetsplan för " + YEAR)
                .contains("R-07");
        assertThat(noPlan.get("evidence").size()).as("the unit's establishment, the plan and its withdrawal")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOverdueReviewIsFoundOnlyAfterItsDate() {
        JsonNode overdue = one(findings(""), "REVIEW_OVERDUE");
        assertThat(overdue.get("title").asText()).isEqualTo("Riktlinje för föreningsbidrag");
        assertThat(overdue.get("detail").asText()).contains(YEAR + "-06-30");
        assertThat(overdue.get("evidence").size()).isPositive();
        assertThat(kinds(findings("&asOf=" + YEAR + "-06-01"))).doesNotContain("-:REVIEW_OVERDUE");
        // The nämnd's own styrdokument decision is in its review of the year it decided.
        JsonNode trail = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + committee
                + "/trail?year=2021&minPosition=" + position).expect(200).body();
        assertThat(trail.get(0).get("aggregateId").asText()).isEqualTo(document.toString());
    }

    @Test
    void theTargetForAnotherYearNamesBothYears() {
        assertThat(one(findings(""), "TARGET_FOR_OTHER_YEAR").get("detail").asText())
                .contains("år " + (YEAR + 1)).contains("gäller " + YEAR).contains("R-14");
    }

    @Test
    void theReviewShowsThePlansWithdrawalAndEveryFindingTextIsSwedish() {
        JsonNode trail = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + committee
                + "/trail?year=" + YEAR + "&minPosition=" + position).expect(200).body();
        List<String> types = new ArrayList<>();
        trail.forEach(entry -> types.add(entry.get("eventType").asText()));
        assertThat(types).contains("OperationalPlanAdopted", "OperationalPlanWithdrawn", "ActivityRevised");
        for (JsonNode finding : findings("")) {
            assertThat(finding.get("detail").asText()).doesNotContainPattern("\\b(month|year|tertial \\d+ of|"
                    + "corrected|after close|overdue)\\b");
        }
    }
}
