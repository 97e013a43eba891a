package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

import static org.assertj.core.api.Assertions.assertThat;

/** Values, assessments and reports over HTTP, through the projection, into the frozen snapshot and out again. */
class FollowUpEndToEndTest extends LedgerHttpTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aClosedReportShowsItsValuesAssessmentsAndTheSystemsReading() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2018, "Fler unga blir självförsörjande");
        kommun.value("MONTH", 3, "70", "{\"women\": 72.5, \"men\": 67}");
        kommun.value("MONTH", 4, "82.5", "null");
        UUID interim1 = kommun.report("INTERIM_1");
        kommun.assess(interim1, kommun.effectGoal, "PARTLY_FULFILLED", "\"Fler deltar, men effekten dröjer.\"")
                .expect(201);
        long position = kommun.close(interim1);

        JsonNode report = api().get("/api/v1/follow-up-reports/" + interim1 + "?minPosition=" + position)
                .expect(200).body();

        assertThat(report.get("frozen").asBoolean()).isTrue();
        assertThat(report.get("cutOff").asText()).isEqualTo("2018-04-30");
        JsonNode goal = report.get("units").get(0).get("effectGoals").get(0);
        assertThat(goal.get("title").asText()).isEqualTo("Fler unga blir självförsörjande");
        assertThat(goal.get("assessment").get("levelLabel").asText()).isEqualTo("delvis uppfyllt");
        assertThat(goal.get("assessment").get("colour").asText()).isEqualTo("yellow");
        assertThat(goal.get("activities").get(0).get("statusLabel").asText()).isEqualTo("planerad");
        JsonNode indicator = goal.get("indicators").get(0);
        assertThat(indicator.get("target").get("value").decimalValue()).isEqualByComparingTo("80");
        assertThat(indicator.get("values")).hasSize(2);
        assertThat(indicator.get("values").get(0).get("women").decimalValue()).isEqualByComparingTo("72.5");
        assertThat(indicator.get("values").get(0).get("position").asLong()).isPositive();
        assertThat(indicator.get("computed").get("positionLabel").asText()).isEqualTo("målvärdet nått");
        assertThat(indicator.get("computed").get("trendLabel").asText()).isEqualTo("förbättring");
        assertThat(report.get("directionGoals").get(0).get("indicators").get(0).get("computed").get("position")
                .asText()).isEqualTo("NO_VALUE");

        JsonNode march = api().get("/api/v1/key-figure-reports/2018-03?unitId=" + kommun.committee).expect(200).body();
        assertThat(march.get("lines")).hasSize(1);
        JsonNode line = march.get("lines").get(0);
        assertThat(line.get("value").decimalValue()).isEqualByComparingTo("70");
        assertThat(line.get("women").decimalValue()).isEqualByComparingTo("72.5");
        assertThat(line.get("targets").get(0).get("positionLabel").asText()).isEqualTo("målvärdet inte nått");
        assertThat(line.get("eventId").asText()).isEqualTo(jdbc.queryForObject("SELECT event_identifier FROM"
                + " domain_event_entry WHERE global_index = ?", String.class, line.get("position").asLong()));
    }

    @Test
    void aRebuildOfTheFollowUpProjectionWritesEverySnapshotAgainByteForByte() throws Exception {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2023, "Fler unga slutför gymnasiet");
        UUID march = kommun.value("MONTH", 3, "55.25", "{\"women\": 58, \"men\": 52.5}");
        UUID interim1 = kommun.report("INTERIM_1");
        kommun.assess(interim1, kommun.effectGoal, "FULFILLED", "\"Målet nåddes tidigt.\"").expect(201);
        kommun.close(interim1);
        kommun.created("/api/v1/indicator-values/" + march + "/corrections", """
                {"value": 56, "source": "Brukarundersökning 2023, reviderad", "reason": "Fel urval"}""");
        UUID interim2 = kommun.report("INTERIM_2");
        long last = kommun.close(interim2);
        api().get("/api/v1/follow-up-reports?minPosition=" + last).expect(200);
        java.util.Map<String, String> before = snapshots();

        PooledStreamingEventProcessor processor = processing.eventProcessor("follow-up",
                PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().get();
        processor.resetTokens();
        processor.start();
        int attempts = 0;
        while (api().get("/api/v1/follow-up-reports?minPosition=" + last).status() != 200) {
            assertThat(++attempts).as("the replay catches up").isLessThan(60);
        }

        assertThat(snapshots()).isEqualTo(before).containsKeys(interim1.toString(), interim2.toString());
    }

    /** Every stored snapshot: report id → its bytes, hex-encoded. */
    private java.util.Map<String, String> snapshots() {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        jdbc.query("SELECT report_id, document FROM report_snapshot", rs -> {
            all.put(rs.getString("report_id"), java.util.HexFormat.of().formatHex(rs.getBytes("document")));
        });
        return all;
    }

    @Test
    void aClosedReportStaysByteForByteWhileTheNextReportShowsCorrectionsAndLateValuesUnderR21() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2019, "Fler unga får arbete");
        UUID march = kommun.value("MONTH", 3, "70", "null");
        kommun.value("MONTH", 4, "74", "null");
        UUID interim1 = kommun.report("INTERIM_1");
        UUID interim2 = kommun.report("INTERIM_2");
        kommun.assess(interim1, kommun.effectGoal, "NOT_FULFILLED", "\"Färre deltog än planerat.\"").expect(201);
        long closed = kommun.close(interim1);
        String path = "/api/v1/follow-up-reports/" + interim1;
        byte[] frozen = api().get(path + "?minPosition=" + closed).expect(200).response().body().getBytes(UTF_8);
        String frozenHtml = api().get(path + "/report.html").expect(200).text();
        String sha = snapshotSha(interim1);

        UUID correction = kommun.created("/api/v1/indicator-values/" + march + "/corrections", """
                {"value": 71.5, "source": "Brukarundersökning 2019, reviderad", "reason": "Inmatningsfel i mars"}""");
        UUID february = kommun.value("MONTH", 2, "68", "null");
        long last = kommun.position(kommun.assess(interim2, kommun.effectGoal, "PARTLY_FULFILLED",
                "\"Ökningen håller i sig.\"").expect(201));
        JsonNode refused = kommun.assess(interim1, kommun.effectGoal, "FULFILLED", "\"I efterhand\"").problem(422);
        assertThat(refused.get("rule").asText()).isEqualTo("R-21");

        byte[] after = api().get(path + "?minPosition=" + last).expect(200).response().body().getBytes(UTF_8);
        assertThat(after).as("the closed report, byte for byte").isEqualTo(frozen);
        assertThat(snapshotSha(interim1)).isEqualTo(sha);
        assertThat(api().get(path + "/report.html").text()).isEqualTo(frozenHtml);

        JsonNode next = api().get("/api/v1/follow-up-reports/" + interim2).expect(200).body();
        assertThat(next.get("frozen").asBoolean()).isFalse();
        JsonNode values = next.get("units").get(0).get("effectGoals").get(0).get("indicators").get(0).get("values");
        JsonNode corrected = find(values, "valueId", correction.toString());
        assertThat(corrected.get("value").decimalValue()).isEqualByComparingTo("71.5");
        assertThat(corrected.get("supersededValue").decimalValue()).isEqualByComparingTo("70");
        assertThat(corrected.get("mark").asText()).isEqualTo("CORRECTED_AFTER_CLOSING");
        assertThat(corrected.get("markLabel").asText()).isEqualTo("korrigerat efter stängning (delårsrapport 1 2019)");
        assertThat(find(values, "valueId", february.toString()).get("mark").asText()).isEqualTo("LATE");
        assertThat(next.get("changesAfterClosing")).hasSize(2);
        assertThat(next.get("changesAfterClosing").get(0).get("previousValue").decimalValue()).isEqualByComparingTo("70");

        JsonNode frozenReport = parse(frozen);
        JsonNode frozenValues = frozenReport.get("units").get(0).get("effectGoals").get(0).get("indicators").get(0)
                .get("values");
        assertThat(frozenValues).hasSize(2);
        assertThat(find(frozenValues, "valueId", march.toString()).get("value").decimalValue()).isEqualByComparingTo("70");

        JsonNode knownNow = api().get(path + "?knownAt=" + java.time.Instant.now()).expect(200).body();
        assertThat(knownNow.get("frozen").asBoolean()).as("asked as known now: computed, not the frozen one").isFalse();
        assertThat(knownNow.get("units").get(0).get("effectGoals").get(0).get("indicators").get(0).get("values"))
                .hasSize(3);
    }

    private String snapshotSha(UUID report) {
        return jdbc.queryForObject("SELECT sha256 FROM report_snapshot WHERE report_id = ?", String.class, report);
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
