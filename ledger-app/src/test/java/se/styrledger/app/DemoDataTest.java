package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import se.styrledger.app.demo.DemoLoader;
import se.styrledger.app.demo.DemoOrganisation;
import se.styrledger.platform.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo loads on a fresh data directory through the public API, and loading it again records nothing new. */
class DemoDataTest {

    @Test
    void theDemoKommunLoadsOnAFreshDataDirectoryAndReloadsWithoutDuplicates() {
        String data = "--styrledger.embedded-postgres.data-directory=" + TestDatabase.freshDirectory();
        long events;
        try (RunningLedger ledger = RunningLedger.start(data, "--styrledger.demo.load=true")) {
            long position = ledger.context.getBean(DemoLoader.class).lastPosition();
            assertThat(position).isPositive();
            JsonNode units = ledger.api().get("/api/v1/units?minPosition=" + position).expect(200).body();
            assertThat(units.size()).as("KF, KS and its förvaltning, 8 nämnder with förvaltningar, 7 bolag")
                    .isEqualTo(1 + 2 + 8 * 2 + 7);
            JsonNode tree = ledger.api().get("/api/v1/red-thread?asOf=2024-06-30&minPosition=" + position)
                    .expect(200).body();
            assertThat(tree.get("visions").get(0).get("strategicDirections")).as("three strategiska inriktningar")
                    .hasSize(3);
            JsonNode commitments = ledger.api().get("/api/v1/units/" + DemoOrganisation.unit("Tekniska nämnden")
                    + "/commitments?year=2024&asOf=2024-06-30").expect(200).body();
            assertThat(commitments.get("effectGoals").get(0).get("title").asText())
                    .isEqualTo("Mindre nedskräpning och ökad materialåtervinning");
            assertIndicatorsFitTheirGoals(ledger.api(), position);
            JsonNode reports = ledger.api().get("/api/v1/follow-up-reports?minPosition=" + position).expect(200).body();
            assertThat(reports.findValuesAsText("status")).as("three reports a year, closed once past their cut-off")
                    .contains("ADOPTED").contains("OPEN");
            for (JsonNode report : reports) {
                assertThat(report.get("snapshotSha256").isNull()).as("frozen once closed: " + report.get("title"))
                        .isEqualTo(report.get("status").asText().equals("OPEN"));
                if (!report.get("closedAt").isNull()) {
                    assertClosedReportEqualsTimeTravel(ledger.api(), report);
                }
            }
            events = ledger.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        }
        try (RunningLedger ledger = RunningLedger.start(data, "--styrledger.demo.load=true")) {
            long again = ledger.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            assertThat(again).isEqualTo(events);
        }
    }

    /**
     * Each goal is measured by an indicator of its own matter — Trelleborg Vatten's drinking water is not measured by
     * household waste — and each indicator is fed by one source: a hyresgästenkät and a brukarenkät are two
     * indicators, not one trygghetsindex with four sources (a year's own årsredovisning is the same source each year).
     */
    private static void assertIndicatorsFitTheirGoals(HttpApi api, long position) {
        JsonNode water = api.get("/api/v1/units/" + DemoOrganisation.unit("Trelleborg Vatten AB")
                + "/commitments?year=2024&asOf=2024-06-30&minPosition=" + position).expect(200).body();
        JsonNode waterGoal = water.get("effectGoals").get(0);
        assertThat(waterGoal.get("title").asText()).isEqualTo("Säker dricksvattenförsörjning");
        assertThat(waterGoal.findValuesAsText("name")).as("the water goal's indicator")
                .contains("Antal oplanerade avbrott i dricksvattenleveransen")
                .doesNotContain("Andel hushållsavfall insamlat för materialåtervinning");
        for (JsonNode indicator : api.get("/api/v1/indicators").expect(200).body()) {
            java.util.Set<String> sources = new java.util.TreeSet<>();
            for (JsonNode value : api.get("/api/v1/indicator-values?indicatorId="
                    + indicator.get("indicatorId").asText()).expect(200).body()) {
                if (value.get("supersedesValueId").isNull()) {
                    sources.add(value.get("source").asText().replaceAll("\\d{4}", "…"));
                }
            }
            assertThat(sources).as("the sources feeding " + indicator.get("name").asText()).hasSizeLessThanOrEqualTo(1);
        }
    }

    /**
     * A closed report's frozen snapshot is the report as of its cut-off, as known at its closing instant: asking the
     * ledger for that point in time now gives the same document, whatever was recorded since.
     */
    private static void assertClosedReportEqualsTimeTravel(HttpApi api, JsonNode report) {
        String path = "/api/v1/follow-up-reports/" + report.get("reportId").asText();
        ObjectNode frozen = (ObjectNode) api.get(path).expect(200).body();
        ObjectNode travelled = (ObjectNode) api.get(path + "?knownAt=" + report.get("closedAt").asText()).expect(200)
                .body();
        // What only the closing itself can say: that the document is frozen, and which event froze it.
        for (String closingOnly : new String[]{"frozen", "closedPosition", "closingEventId"}) {
            frozen.remove(closingOnly);
            travelled.remove(closingOnly);
        }
        java.util.List<String> differing = new java.util.ArrayList<>();
        frozen.fieldNames().forEachRemaining(field -> {
            if (!frozen.get(field).equals(travelled.get(field))) {
                differing.add(field);
            }
        });
        assertThat(differing).as("fields of " + report.get("title") + " that differ from time travel to its closing")
                .isEmpty();
        assertThat(travelled).isEqualTo(frozen);
    }
}
