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
 * An effektmål's audit trail carries its whole follow-up (ADR 0100): the indicator's value and its correction after
 * the report closed, the assessment, the report opened and closed, and the finding about it; every name is the one
 * in force on the audited date (ADR 0101). Socialnämnden's 2025, with delårsrapport 2 2025 of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EffectGoalTrailEndToEndTest extends LedgerHttpTest {

    private FollowUpKommun kommun;
    private long position;
    private java.time.Instant reassessedAt;

    @BeforeAll
    void aGoalFollowedUpCorrectedAfterClosingAndItsNamndRenamed() {
        kommun = new FollowUpKommun(api(), 2025, "Fler unga blir självförsörjande");
        UUID value = kommun.value("MONTH", 3, "41.5", "null");
        UUID report = kommun.report("INTERIM_2");
        kommun.assess(report, kommun.effectGoal, "PARTLY_FULFILLED", FollowUpKommun.quoted("Halvvägs mot målet"))
                .expect(201);
        // Reassessed upwards with the same analysis, while the value stays far below the målvärde 80.
        reassessedAt = java.time.Instant.now();
        kommun.assess(report, kommun.effectGoal, "FULFILLED", FollowUpKommun.quoted("Halvvägs mot målet"))
                .expect(201);
        kommun.close(report);
        kommun.position(api().post("/api/v1/indicator-values/" + value + "/corrections", """
                {"value": 42.5, "source": "Egen mätning, rättad", "reason": "Felräknat antal"}""").expect(201));
        api().post("/api/v1/units/" + kommun.committee + "/rename", """
                {"name": "Vård- och omsorgsnämnden", "decision": %s}""".formatted(decision(kommun.council,
                "2026-06-16"))).expect(200);
        // An indikator's revision holds from the day it is recorded: yesterday it had its first name.
        api().post("/api/v1/indicators/" + kommun.indicator + "/revise", """
                {"name": "Andel nöjda brukare (ny enkät)", "unitOfMeasure": "procent", "direction": "HIGHER_IS_BETTER",
                 "source": "SURVEY"}""").expect(200);
        position = headPosition();
    }

    private JsonNode trail(String query) {
        return api().as("revisor", "revisor-pass").get("/api/v1/audit/effect-goals/" + kommun.effectGoal + "/trail?"
                + "minPosition=" + position + query).expect(200).body();
    }

    private static JsonNode first(JsonNode trail, String type) {
        for (JsonNode entry : trail) {
            if (entry.get("eventType").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("No " + type + " in the trail");
    }

    @Test
    void theTrailCarriesValuesCorrectionsAssessmentsAndReports() {
        JsonNode trail = trail("");
        List<String> types = new ArrayList<>();
        trail.forEach(entry -> types.add(entry.get("eventType").asText()));
        assertThat(types).contains("IndicatorAttached", "IndicatorValueReported", "FollowUpReportOpened",
                "AssessmentRecorded", "FollowUpReportClosed", "IndicatorValueCorrected");

        assertThat(first(trail, "IndicatorValueReported").get("description").asText())
                .contains("Andel nöjda brukare").contains("mars 2025").contains("41.5")
                .contains("Brukarundersökning 2025");
        JsonNode corrected = first(trail, "IndicatorValueCorrected");
        assertThat(corrected.get("description").asText()).contains("42.5").contains("ersätter 41.5")
                .contains("Egen mätning, rättad").contains("efter att delårsrapport 2 2025 stängts");
        assertThat(corrected.get("reason").asText()).isEqualTo("Felräknat antal");
        JsonNode assessed = first(trail, "AssessmentRecorded");
        assertThat(assessed.get("description").asText()).contains("delvis uppfyllt").contains("Halvvägs mot målet")
                .contains("Socialnämnden").contains("delårsrapport 2 2025");
        assertThat(assessed.get("person").asText()).isEqualTo("Socialnämnden");
        assertThat(assessed.get("recordedBy").asText()).as("the revisor sees who recorded (R-34)").isEqualTo("demo");
        // Every report of the goal's year is on its trail; other test classes' reports of 2025 may be there too.
        assertThat(descriptions(trail, "FollowUpReportOpened"))
                .anyMatch(d -> d.startsWith("Delårsrapport 2 2025 öppnad"));
        assertThat(descriptions(trail, "FollowUpReportClosed"))
                .anyMatch(d -> d.startsWith("Delårsrapport 2 2025 stängd"));
    }

    private static List<String> descriptions(JsonNode trail, String type) {
        List<String> descriptions = new ArrayList<>();
        trail.forEach(entry -> {
            if (entry.get("eventType").asText().equals(type)) {
                descriptions.add(entry.get("description").asText());
            }
        });
        return descriptions;
    }

    @Test
    void noEntryIsAClassNameOrABareId() {
        for (JsonNode entry : trail("")) {
            String description = entry.get("description").asText();
            assertThat(description).as(entry.get("eventType").asText())
                    .doesNotContain(entry.get("eventType").asText())
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }

    @Test
    void namesAreThoseInForceOnTheAuditedDate() {
        JsonNode then = first(trail("&asOf=2025-12-31"), "EffectGoalAdopted");
        assertThat(then.get("decidedByName").asText()).isEqualTo("Socialnämnden");
        assertThat(then.get("unitName").asText()).isEqualTo("Socialnämnden");
        JsonNode now = first(trail(""), "EffectGoalAdopted");
        assertThat(now.get("decidedByName").asText()).isEqualTo("Vård- och omsorgsnämnden");
        assertThat(first(trail("&asOf=2025-12-31"), "IndicatorAttached").get("description").asText())
                .contains("”Andel nöjda brukare”").doesNotContain("ny enkät");
        assertThat(first(trail(""), "IndicatorAttached").get("description").asText())
                .contains("”Andel nöjda brukare (ny enkät)”");
        assertThat(first(trail(""), "IndicatorValueReported").get("description").asText())
                .contains("Vård- och omsorgsnämnden");
    }

    @Test
    void theCorrectionAfterClosingIsAFindingAboutTheGoal() {
        JsonNode findings = api().as("revisor", "revisor-pass").get("/api/v1/audit/effect-goals/" + kommun.effectGoal
                + "/findings?minPosition=" + position).expect(200).body();
        List<String> kinds = new ArrayList<>();
        findings.forEach(finding -> kinds.add(finding.get("kind").asText()));
        assertThat(kinds).contains("CORRECTED_AFTER_CLOSE", "REASSESSMENT_WITHOUT_REASON", "FULFILLED_BELOW_TARGET",
                "LATE_RECORDING");
        for (JsonNode finding : findings) {
            assertThat(finding.get("evidence").size()).as(finding.get("kind").asText()).isPositive();
            // A late recording quotes the entry's description: the indikator by name, never its reference or id.
            assertThat(finding.get("detail").asText()).doesNotContain("month").doesNotContain("⟦")
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }

    @Test
    void uppfylltBelowTheTargetAndTheReassessmentNameWhatTheyRestOn() {
        JsonNode findings = api().as("revisor", "revisor-pass").get("/api/v1/audit/effect-goals/" + kommun.effectGoal
                + "/findings?minPosition=" + position).expect(200).body();
        for (JsonNode finding : findings) {
            String detail = finding.get("detail").asText();
            switch (finding.get("kind").asText()) {
                case "FULFILLED_BELOW_TARGET" -> assertThat(detail).contains("uppfyllt i delårsrapport 2 2025")
                        .contains("Andel nöjda brukare").contains("42.5").contains("mars 2025")
                        .contains("målvärdet 80");
                case "REASSESSMENT_WITHOUT_REASON" -> assertThat(detail)
                        .contains("från delvis uppfyllt till uppfyllt").contains("samma analys");
                case "CORRECTED_AFTER_CLOSE" -> assertThat(detail).contains("mars 2025").contains("42.5")
                        .contains("Felräknat antal");
                default -> { }
            }
        }
        // As known before the reassessment, there was nothing to find about it.
        assertThat(api().as("revisor", "revisor-pass").get("/api/v1/audit/effect-goals/" + kommun.effectGoal
                + "/findings?minPosition=" + position + "&knownAt=" + reassessedAt.minusMillis(1)).expect(200)
                .body().findValuesAsText("kind")).doesNotContain("REASSESSMENT_WITHOUT_REASON",
                "FULFILLED_BELOW_TARGET");
    }

    @Test
    void theReviewAsJsonHasEachCommitmentWithItsFollowUpAndTheFrozenReportsChecksum() {
        assertThat(api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + kommun.committee
                + "/review?year=2025&format=json&asOf=2025-12-31&minPosition=" + position).expect(200).body()
                .get("unitName").asText()).as("the nämnd's name on the audited date").isEqualTo("Socialnämnden");
        JsonNode review = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + kommun.committee
                + "/review?year=2025&format=json&minPosition=" + position).expect(200).body();
        assertThat(review.get("unitName").asText()).isEqualTo("Vård- och omsorgsnämnden");
        JsonNode commitment = review.get("commitments").get(0);
        assertThat(commitment.get("effectGoalId").asText()).isEqualTo(kommun.effectGoal.toString());
        List<String> types = new ArrayList<>();
        commitment.get("followUp").forEach(entry -> types.add(entry.get("eventType").asText()));
        assertThat(types).contains("IndicatorValueCorrected", "AssessmentRecorded", "FollowUpReportClosed");
        // The year's frozen reports; other test classes' reports of 2025 may be among them.
        JsonNode frozen = null;
        for (JsonNode report : review.get("reports")) {
            if (report.get("name").asText().equals("Delårsrapport 2 2025")) {
                frozen = report;
            }
        }
        assertThat(frozen).as("delårsrapport 2 2025 among the year's frozen reports").isNotNull();
        assertThat(frozen.get("sha256").asText()).matches("[0-9a-f]{64}").isEqualTo(jdbc.queryForObject(
                "SELECT sha256 FROM report_snapshot WHERE report_id = ?", String.class,
                UUID.fromString(frozen.get("reportId").asText())));

        String html = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + kommun.committee
                + "/review?year=2025&format=html&minPosition=" + position).expect(200).text();
        assertThat(html).contains(frozen.get("sha256").asText())
                .contains("Granskningsunderlag: Vård- och omsorgsnämnden, 2025").contains("Hela kedjan för");
        String csv = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + kommun.committee
                + "/review?year=2025&format=csv&minPosition=" + position).expect(200).text();
        assertThat(csv).contains("\"Fryst rapport\"").contains(frozen.get("sha256").asText())
                .contains("\"Åtagande\"");
    }
}
