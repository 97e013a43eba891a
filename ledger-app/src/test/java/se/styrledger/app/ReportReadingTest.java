package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a follow-up report is read since it is written as it is made (issue 19): a closed report's frozen bytes go out
 * unchanged with their SHA-256 as ETag, and a reader who has them gets 304; a computed report is the same document
 * the closing froze; one nämnd's part is that nämnd's part of the whole report and nothing else. Year 2018's
 * delårsrapport 2 (closed) and årsredovisning (open) are this class's own (FollowUpEndToEndTest has 2018's
 * delårsrapport 1).
 */
class ReportReadingTest extends LedgerHttpTest {

    private static final int YEAR = 2018;

    @Test
    void aClosedReportIsItsFrozenBytesWithTheirShaAsETagAndAReaderWhoHasThemGets304() throws Exception {
        Closed closed = closedReport("Fler unga läser frysta rapporter");
        String path = "/api/v1/follow-up-reports/" + closed.reportId();

        HttpApi.Answer answer = api().get(path + "?minPosition=" + closed.position()).expect(200);

        byte[] stored = jdbc.queryForObject("SELECT document FROM report_snapshot WHERE report_id = ?",
                byte[].class, closed.reportId());
        byte[] sent = answer.text().getBytes(UTF_8);
        assertThat(sent).as("the frozen bytes, unchanged (R-21)").isEqualTo(stored);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent));
        assertThat(answer.header("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(answer.header("Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(answer.header("Content-Type")).startsWith("application/json");

        HttpApi.Answer unchanged = api().header("If-None-Match", "\"" + sha + "\"").get(path).expect(304);
        assertThat(unchanged.text()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo("\"" + sha + "\"");
        api().header("If-None-Match", "W/\"" + sha + "\", \"something-else\"").get(path).expect(304);
        assertThat(api().header("If-None-Match", "\"" + "0".repeat(64) + "\"").get(path).expect(200).text()
                .getBytes(UTF_8)).as("another tag: the bytes again").isEqualTo(stored);

        HttpApi.Answer computed = api().get(path + "?knownAt=" + java.time.Instant.now()).expect(200);
        assertThat(computed.body().get("frozen").asBoolean()).isFalse();
        assertThat(computed.header("ETag")).as("only the frozen bytes are a fixed entity").isNull();
        api().header("If-None-Match", "\"" + sha + "\"").get(path + "?knownAt=" + java.time.Instant.now())
                .expect(200);
    }

    @Test
    void aReportWrittenAsItIsMadeIsTheDocumentTheClosingFroze() {
        Closed closed = closedReport("Fler unga jämför strömmade rapporter");
        String path = "/api/v1/follow-up-reports/" + closed.reportId();
        byte[] stored = jdbc.queryForObject("SELECT document FROM report_snapshot WHERE report_id = ?",
                byte[].class, closed.reportId());
        JsonNode frozen = parse(stored);

        // Computed now, as known at the closing instant: the same figures, only not the frozen copy.
        HttpApi.Answer computed = api().get(path + "?knownAt=" + frozen.get("knownAt").asText()
                + "&minPosition=" + closed.position()).expect(200);

        JsonNode streamed = computed.body();
        assertThat(streamed.get("frozen").asBoolean()).isFalse();
        ((ObjectNode) streamed).put("frozen", true);
        assertThat(streamed).isEqualTo(frozen);
        assertThat(new String(stored, UTF_8)).as("and the bytes, but for that one flag")
                .isEqualTo(computed.text().replaceFirst("\"frozen\":false", "\"frozen\":true"));
    }

    @Test
    void oneNämndsPartIsThatNämndsPartOfTheWholeReportAndNothingElse() {
        FollowUpKommun kommun = new FollowUpKommun(api(), YEAR, "Fler unga läser sin nämnds del");
        kommun.value("MONTH", 5, "64", "null");
        UUID other = kommun.created("/api/v1/units", """
                {"name": "Kultur- och fritidsnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}"""
                .formatted(kommun.council, decision(kommun.council, "2014-12-15")));
        UUID otherGoal = kommun.created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": %d, "title": "Fler unga i föreningslivet", "targetGroup": "Unga",
                 "intendedEffect": "Fler unga har en fritid de väljer själva", "directionGoalIds": ["%s"],
                 "decision": %s}""".formatted(other, YEAR, kommun.directionGoal,
                decision(other, (YEAR - 1) + "-10-16")));
        UUID report = reportOfThisClass(kommun, "ANNUAL");
        long last = kommun.position(kommun.assess(report, otherGoal, "FULFILLED", "\"Fler deltar.\"")
                .expect(201));
        String path = "/api/v1/follow-up-reports/" + report;

        JsonNode whole = api().get(path + "?minPosition=" + last).expect(200).body();
        JsonNode part = api().get(path + "?unitId=" + kommun.committee).expect(200).body();

        assertThat(part.get("scope").get("unitId").asText()).isEqualTo(kommun.committee.toString());
        assertThat(part.get("title").asText()).isEqualTo(whole.get("title").asText() + " – Socialnämnden");
        assertThat(part.get("units")).hasSize(1);
        assertThat(part.get("units").get(0)).as("the nämnd's part, built on its own, equals its part of the whole")
                .isEqualTo(unit(whole, kommun.committee));
        assertThat(part.toString()).doesNotContain(otherGoal.toString()).doesNotContain(other.toString());
        assertThat(part.get("directionGoals")).as("KF's inriktningsmål are KF's part").isEmpty();
        part.get("changesAfterClosing").forEach(change ->
                assertThat(change.get("unitId").asText()).isEqualTo(kommun.committee.toString()));

        JsonNode otherPart = api().get(path + "?unitId=" + other).expect(200).body();
        assertThat(otherPart.get("units").get(0)).isEqualTo(unit(whole, other));
        assertThat(otherPart.get("units").get(0).get("effectGoals").get(0).get("assessment").get("level").asText())
                .isEqualTo("FULFILLED");
        JsonNode council = api().get(path + "?unitId=" + kommun.council).expect(200).body();
        assertThat(council.get("units")).isEmpty();
        assertThat(council.get("directionGoals")).isNotEmpty().allSatisfy(goal ->
                assertThat(goal.get("ownerUnitId").asText()).isEqualTo(kommun.council.toString()));
    }

    @Test
    void aBadUnitOrTimeIsAProblemNamingItsParameterAndNoReportIsRead() {
        FollowUpKommun kommun = new FollowUpKommun(api(), YEAR, "Fler unga skriver fel");
        UUID report = reportOfThisClass(kommun, "ANNUAL");
        String path = "/api/v1/follow-up-reports/" + report;

        assertThat(api().get(path + "?unitId=namnden").problem(400).get("field").asText()).isEqualTo("unitId");
        JsonNode unknown = api().get(path + "?unitId=" + UUID.randomUUID()).problem(404);
        assertThat(unknown.get("field").asText()).isEqualTo("unitId");
        assertThat(api().get(path + "?knownAt=igar").problem(400).get("field").asText()).isEqualTo("knownAt");
        assertThat(api().get(path + "?minPosition=manga").problem(400).get("field").asText())
                .isEqualTo("minPosition");
        assertThat(api().get(path + "/report.csv?knownAt=igar").problem(400).get("field").asText())
                .isEqualTo("knownAt");
        assertThat(api().get(path + "/comparison?knownAt=igar").problem(400).get("field").asText())
                .isEqualTo("knownAt");
        assertThat(api().get("/api/v1/follow-up-reports?knownAt=igar").problem(400).get("field").asText())
                .isEqualTo("knownAt");
        assertThat(api().get("/api/v1/key-figure-reports/2018-03/comparison?minPosition=manga").problem(400)
                .get("field").asText()).isEqualTo("minPosition");
        api().get("/api/v1/follow-up-reports/" + UUID.randomUUID()).problem(404);
    }

    /** One of this class's reports of its year, opened by the first test that needs it. */
    private UUID reportOfThisClass(FollowUpKommun kommun, String kind) {
        for (JsonNode summary : api().get("/api/v1/follow-up-reports?year=" + YEAR + "&minPosition="
                + headPosition()).expect(200).body()) {
            if (summary.get("kind").asText().equals(kind)) {
                return UUID.fromString(summary.get("reportId").asText());
            }
        }
        UUID report = kommun.report(kind);
        api().get("/api/v1/follow-up-reports?minPosition=" + headPosition()).expect(200);
        return report;
    }

    private record Closed(UUID reportId, long position) {
    }

    /** A kommun's values and assessment in this class's report, closed; or, if closed already, that closed report. */
    private Closed closedReport(String goalTitle) {
        FollowUpKommun kommun = new FollowUpKommun(api(), YEAR, goalTitle);
        UUID report = reportOfThisClass(kommun, "INTERIM_2");
        JsonNode summary = api().get("/api/v1/follow-up-reports/" + report + "?knownAt="
                + java.time.Instant.now()).expect(200).body();
        if (!summary.get("status").asText().equals("OPEN")) {
            return new Closed(report, headPosition());
        }
        kommun.value("MONTH", 3, "70", "{\"women\": 72.5, \"men\": 67}");
        kommun.value("MONTH", 6, "81", "null");
        kommun.assess(report, kommun.effectGoal, "PARTLY_FULFILLED", "\"Fler deltar, men effekten dröjer.\"")
                .expect(201);
        return new Closed(report, kommun.close(report));
    }

    private static JsonNode unit(JsonNode report, UUID unitId) {
        for (JsonNode unit : report.get("units")) {
            if (unit.get("unitId").asText().equals(unitId.toString())) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + unitId + " in the report");
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
