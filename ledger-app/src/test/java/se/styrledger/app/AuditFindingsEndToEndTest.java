package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nämnd's year built so that each finding a revisor looks for is present on some effektmål and absent on others,
 * with dates relative to today so that "registered late" means the same whenever the test runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFindingsEndToEndTest extends LedgerHttpTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    private final int year = today.getYear();
    private UUID council;
    private UUID committee;
    private UUID withdrawnDirectionGoal;
    private UUID goalA;
    private UUID goalB;
    private UUID goalC;
    private UUID goalD;
    private Instant beforeWithdrawal;
    private long position;

    private UUID created(String path, String body) {
        JsonNode answer = api().post(path, body).expect(201).body();
        position = Math.max(position, answer.get("position").asLong());
        return UUID.fromString(answer.get("id").asText());
    }

    private void changed(String path, String body) {
        position = Math.max(position, api().post(path, body).expect(200).body().get("position").asLong());
    }

    private String daysAgo(int days) {
        return today.minusDays(days).toString();
    }

    private UUID effectGoal(String title, List<UUID> links, UUID decidedBy, boolean imposed, int daysAgo) {
        StringBuilder ids = new StringBuilder();
        links.forEach(id -> ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"'));
        return created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": %d, "title": "%s", "targetGroup": "Kommuninvånarna",
                 "intendedEffect": "Mindre nedskräpning", "directionGoalIds": [%s], "imposedByCouncil": %s,
                 "decision": %s}""".formatted(committee, year, title, ids, imposed, decision(decidedBy, daysAgo(daysAgo))));
    }

    private void target(UUID goal, UUID indicator, int targetYear, UUID decidedBy) {
        changed("/api/v1/effect-goals/" + goal + "/indicators", """
                {"indicatorId": "%s", "target": {"value": 45, "period": {"kind": "YEAR", "year": %d, "number": 1}},
                 "decision": %s}""".formatted(indicator, targetYear, decision(decidedBy, daysAgo(5))));
    }

    /** Recorded once: the tests only read it. */
    @BeforeAll
    void aNamndsYearWithEveryFinding() {
        council = council();
        committee = created("/api/v1/units", """
                {"name": "Tekniska <nämnden>", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2014-12-15")));
        UUID vision = created("/api/v1/visions", """
                {"text": "En framgångskommun", "decision": %s}""".formatted(decision(council, "2015-06-15")));
        UUID direction = created("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Långsiktig hållbar tillväxt", "decision": %s}"""
                .formatted(vision, decision(council, "2015-06-15")));
        String directionGoal = """
                {"directionId": "%s", "title": "%s", "fromYear": %d, "toYear": %d, "decision": %s}""";
        UUID keptDirectionGoal = created("/api/v1/direction-goals", directionGoal.formatted(direction, "Ett renare Trelleborg",
                year - 1, year + 2, decision(council, daysAgo(90))));
        withdrawnDirectionGoal = created("/api/v1/direction-goals", directionGoal.formatted(direction,
                "Mer återvinning", year - 1, year + 2, decision(council, daysAgo(90))));
        UUID indicator = created("/api/v1/indicators", """
                {"name": "Andel materialåtervinning", "unitOfMeasure": "procent", "direction": "HIGHER_IS_BETTER",
                 "source": "OWN_MEASUREMENT"}""");

        goalA = effectGoal("A utan indikator", List.of(keptDirectionGoal), committee, false, 5);
        goalB = effectGoal("B under två mål", List.of(keptDirectionGoal, withdrawnDirectionGoal), committee, false, 60);
        target(goalB, indicator, year, committee);
        goalC = effectGoal("C under det upphävda", List.of(withdrawnDirectionGoal), committee, false, 5);
        target(goalC, indicator, year, committee);
        goalD = effectGoal("D ålagt <b>av KF</b>", List.of(keptDirectionGoal), council, true, 5);
        target(goalD, indicator, year + 1, committee);
        created("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Informationsinsatser", "responsible": "Avfallschef",
                 "dueDate": "%s", "decision": %s}""".formatted(goalD, daysAgo(2), decision(committee, daysAgo(4))));

        beforeWithdrawal = Instant.now();
        changed("/api/v1/direction-goals/" + withdrawnDirectionGoal + "/withdraw", """
                {"reason": "Ersatt av regional avfallsplan", "decision": %s}""".formatted(decision(council, daysAgo(3))));
    }

    private List<String> findings(String extra) {
        JsonNode found = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + committee + "/findings?year="
                + year + "&minPosition=" + position + extra).expect(200).body();
        List<String> kinds = new ArrayList<>();
        for (JsonNode finding : found) {
            String goal = finding.get("effectGoalId").isNull() ? "?" : label(UUID.fromString(finding.get("effectGoalId").asText()));
            kinds.add(goal + ":" + finding.get("kind").asText());
            assertThat(finding.get("evidence").size()).as("every finding names the events behind it").isPositive();
        }
        return kinds;
    }

    private String label(UUID goal) {
        return goal.equals(goalA) ? "A" : goal.equals(goalB) ? "B" : goal.equals(goalC) ? "C" : goal.equals(goalD) ? "D" : "?";
    }

    @Test
    void eachFindingAppearsExactlyWhereItApplies() {
        assertThat(findings("")).containsExactlyInAnyOrder(
                "A:NO_INDICATOR",
                "C:NOT_LINKED_TO_DIRECTION_GOAL_IN_FORCE",
                "B:ACTIVE_UNDER_WITHDRAWN_DIRECTION_GOAL",
                "C:ACTIVE_UNDER_WITHDRAWN_DIRECTION_GOAL",
                "D:NO_TARGET_FOR_YEAR",
                "D:ACTIVITY_OVERDUE",
                "B:LATE_RECORDING",
                "D:IMPOSED_BY_COUNCIL",
                "?:NO_INTERNAL_CONTROL_PLAN",
                "?:NO_OPERATIONAL_PLAN",
                "A:NO_ACTIVITIES",
                "B:NO_ACTIVITIES",
                "C:NO_ACTIVITIES",
                "D:TARGET_FOR_OTHER_YEAR");
    }

    @Test
    void asKnownBeforeTheWithdrawalWasRecordedNoGoalIsUnderAWithdrawnDirectionGoal() {
        assertThat(findings("&knownAt=" + beforeWithdrawal)).containsExactlyInAnyOrder(
                "A:NO_INDICATOR",
                "D:NO_TARGET_FOR_YEAR",
                "D:ACTIVITY_OVERDUE",
                "B:LATE_RECORDING",
                "D:IMPOSED_BY_COUNCIL",
                "?:NO_INTERNAL_CONTROL_PLAN",
                "?:NO_OPERATIONAL_PLAN",
                "A:NO_ACTIVITIES",
                "B:NO_ACTIVITIES",
                "C:NO_ACTIVITIES",
                "D:TARGET_FOR_OTHER_YEAR");
    }

    @Test
    void theReviewIsPrintableHtmlWithEveryUserTextEscaped() {
        String html = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + committee + "/review?year=" + year
                + "&format=html&minPosition=" + position).expect(200).text();
        assertThat(html).contains("<html lang=\"sv\"").contains("Granskningsunderlag: Tekniska &lt;nämnden&gt;")
                .contains("D ålagt &lt;b&gt;av KF&lt;/b&gt;").doesNotContain("<b>av KF</b>")
                .contains("Effektmål ålagt av kommunfullmäktige");
    }

    @Test
    void theReviewIsCsvThatExcelOpens() {
        HttpApi.Answer csv = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + committee
                + "/review?year=" + year + "&format=csv&minPosition=" + position).expect(200);
        byte[] bytes = csv.text().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String[] lines = csv.text().substring(1).split("\r\n");
        assertThat(lines[0].split(";")).startsWith("Typ", "Position", "Vad");
        assertThat(lines).anyMatch(line -> line.startsWith("\"Iakttagelse: Effektmål utan indikator\""));
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
    }

    @Test
    void theReviewIsAlsoAnExcelWorkbookWithTheCsvRows() throws Exception {
        String query = "?year=" + year + "&minPosition=" + position;
        String[] csvLines = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + committee + "/review"
                + query + "&format=csv").expect(200).text().substring(1).split("\r\n");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base()
                        + "/api/v1/audit/units/" + committee + "/review.xlsx" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "revisor:revisor-pass".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(csvLines.length);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Typ");
            assertThat(rows).anyMatch(row -> row.getCellText(0).equals("Iakttagelse: Effektmål utan indikator"));
        }
    }

    @Test
    void aGoalLeftUnassessedInAClosedReportAndAValueCorrectedAfterItAreFound() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2025, "Fler unga blir självförsörjande");
        UUID unassessed = kommun.created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": 2025, "title": "Obedömt mål", "targetGroup": "Unga",
                 "intendedEffect": "Egen försörjning", "directionGoalIds": ["%s"], "decision": %s}"""
                .formatted(kommun.committee, kommun.directionGoal, decision(kommun.committee, "2024-10-16")));
        UUID value = kommun.value("MONTH", 3, "41.5", "null");
        UUID report = kommun.report("INTERIM_1");
        kommun.assess(report, kommun.effectGoal, "PARTLY_FULFILLED", FollowUpKommun.quoted("Delvis uppfyllt")).expect(201);
        kommun.close(report);
        long corrected = kommun.position(api().post("/api/v1/indicator-values/" + value + "/corrections", """
                {"value": 42.5, "source": "Egen mätning, rättad", "reason": "Felräknat antal"}""").expect(201));

        JsonNode found = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + kommun.committee
                + "/findings?year=2025&minPosition=" + corrected).expect(200).body();
        List<String> kinds = new ArrayList<>();
        for (JsonNode finding : found) {
            String goal = finding.get("effectGoalId").isNull() ? "-" : finding.get("effectGoalId").asText();
            kinds.add(finding.get("kind").asText() + ":" + goal);
        }
        assertThat(kinds).contains("UNASSESSED_IN_CLOSED_REPORT:" + unassessed,
                        "CORRECTED_AFTER_CLOSE:" + kommun.effectGoal)
                .doesNotContain("UNASSESSED_IN_CLOSED_REPORT:" + kommun.effectGoal);
        List<String> details = new ArrayList<>();
        found.forEach(finding -> details.add(finding.get("detail").asText()));
        assertThat(details).as("in Swedish, periods and reports named as the reports name them")
                .anyMatch(detail -> detail.startsWith("Värdet för mars 2025 korrigerades till 42.5 efter att rapporten"
                        + " stängts: Felräknat antal"))
                .anyMatch(detail -> detail.contains("i delårsrapport 1 2025 (brytdatum"))
                .noneMatch(detail -> detail.contains("month") || detail.contains("INTERIM"));
    }

    @Test
    void findingsNeedTheAuditorRole() {
        api().as("recorder", "recorder-pass").get("/api/v1/audit/units/" + committee + "/findings?year=" + year)
                .problem(403);
    }
}
