package se.styrledger.app.kolada;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrledger.app.CaughtUp;
import se.styrledger.app.LedgerHttpTest;
import se.styrledger.app.kolada.KoladaStub.Reply;
import se.styrledger.command.kolada.KoladaClient.KoladaException;
import se.styrledger.command.kolada.KoladaImport;
import se.styrledger.command.kolada.KoladaProperties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kolada import end to end: v3-shaped answers from a stub on loopback, recorded through the command path into
 * the real event store. A rerun records nothing; a revision is a correction with its reason; a deletion a
 * withdrawal; a bad answer records nothing of the run.
 */
class KoladaImportEndToEndTest extends LedgerHttpTest {

    @Autowired
    KoladaImport koladaImport;

    private KoladaStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = new KoladaStub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private KoladaProperties settings(UUID unit, String... kpis) {
        return new KoladaProperties(stub.base(), "1287", unit, List.of(kpis), List.of("1280"), 5000, 2000, 3, 10, 2,
                null, "kolada-test");
    }

    private void kpi(String id, String title) {
        stub.on("kpi/" + id, Reply.ok("""
                {"count": 1, "values": [{"id": "%s", "title": "%s", "description": "Beskrivning av %s.",
                  "is_divided_by_gender": 1}]}""".formatted(id, title, id)));
    }

    private void data(String kpi, String rows) {
        stub.on("data/kpi/" + kpi + "/municipality/1287,1280?per_page=5000",
                Reply.ok("{\"count\": 0, \"values\": [" + rows + "], \"next_url\": null}"));
    }

    private static String row(String kpi, String kommun, int year, String total, String women, String men,
                              boolean deleted) {
        String status = total == null ? "Missing" : "";
        String genders = "{\"gender\": \"T\", \"count\": 1, \"status\": \"%s\", \"value\": %s, \"isdeleted\": %s}"
                .formatted(status, total, deleted);
        if (women != null) {
            genders += ", {\"gender\": \"K\", \"count\": 1, \"status\": \"\", \"value\": " + women + "}"
                    + ", {\"gender\": \"M\", \"count\": 1, \"status\": \"\", \"value\": " + men + "}";
        }
        return "{\"kpi\": \"%s\", \"municipality\": \"%s\", \"period\": %d, \"values\": [%s]}"
                .formatted(kpi, kommun, year, genders);
    }

    private List<JsonNode> events(String type, String field, String value) {
        return jdbc.query("SELECT payload FROM domain_event_entry WHERE payload_type = ? ORDER BY global_index",
                (rs, n) -> {
                    try {
                        return json.readTree(new String(rs.getBytes(1), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, type).stream().filter(e -> value.equals(e.path(field).asText())).toList();
    }

    @Test
    void importsTheKommunsValuesAndItsComparisonSetAndARerunRecordsNothing() {
        UUID council = council();
        kpi("N09451", "Andel invånare som är nöjda, andel (%)");
        stub.on("municipality/1280", Reply.ok("{\"values\": [{\"id\": \"1280\", \"title\": \"Malmö\"}]}"));
        data("N09451", String.join(",", row("N09451", "1287", 2021, "10", "11", "9", false),
                row("N09451", "1287", 2022, "12", null, null, false),
                row("N09451", "1287", 2023, null, null, null, false),
                row("N09451", "1280", 2021, "20", null, null, false),
                row("N09451", "1280", 2022, "21", null, null, false)));

        KoladaImport.Outcome first = koladaImport.run(settings(council, "N09451"), null);

        assertThat(first.reported()).isEqualTo(2);
        assertThat(first.references()).isEqualTo(2);
        assertThat(first.missing()).isEqualTo(1);
        JsonNode indicator = events("se.styrledger.events.indicators.IndicatorDefined", "koladaKpiId", "N09451")
                .get(0);
        assertThat(indicator.get("source").asText()).isEqualTo("KOLADA");
        assertThat(indicator.get("name").asText()).isEqualTo("Andel invånare som är nöjda, andel (%)");
        assertThat(indicator.get("unitOfMeasure").asText()).isEqualTo("andel (%)");
        assertThat(indicator.get("description").asText()).isEqualTo("Beskrivning av N09451.");
        assertThat(indicator.get("genderSplitAvailable").asBoolean()).isTrue();
        String indicatorId = indicator.get("indicatorId").asText();
        List<JsonNode> own = events("se.styrledger.events.followup.IndicatorValueReported", "indicatorId",
                indicatorId);
        assertThat(own).hasSize(2);
        assertThat(own.get(0).get("unitId").asText()).isEqualTo(council.toString());
        assertThat(own.get(0).at("/genderSplit/women").decimalValue()).isEqualByComparingTo("11");
        assertThat(own.get(0).at("/genderSplit/men").decimalValue()).isEqualByComparingTo("9");
        assertThat(own.get(0).get("source").asText()).startsWith("Kolada N09451").contains("CC BY 4.0");
        List<JsonNode> references = events("se.styrledger.events.kolada.ReferenceValueRecorded", "indicatorId",
                indicatorId);
        assertThat(references).extracting(r -> r.get("municipalityName").asText()).containsOnly("Malmö");
        JsonNode run = events("se.styrledger.events.kolada.KoladaImportRecorded", "runId", first.runId().toString())
                .get(0);
        assertThat(run.get("kpiIds").get(0).asText()).isEqualTo("N09451");
        assertThat(run.get("comparisonMunicipalityIds").get(0).asText()).isEqualTo("1280");
        assertThat(run.get("reported").asLong()).isEqualTo(2);

        // Beside the reports: the kommun's own figure and the comparison set's, with the attribution, no account.
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        CaughtUp.await(api(), head);
        JsonNode comparison = api().get("/api/v1/key-figure-reports/2022-01/comparison?year=2021&unitId=" + council)
                .expect(200).body();
        assertThat(comparison.get("attribution").asText()).isEqualTo("Källa: Kolada (RKA), CC BY 4.0");
        JsonNode line = null;
        for (JsonNode candidate : comparison.get("lines")) {
            if (candidate.get("indicatorId").asText().equals(indicatorId)) {
                line = candidate;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.at("/own/0/value").decimalValue()).isEqualByComparingTo("10");
        assertThat(line.at("/references/0/municipalityName").asText()).isEqualTo("Malmö");
        assertThat(line.at("/references/0/value").decimalValue()).isEqualByComparingTo("20");
        String html = api().get("/api/v1/key-figure-reports/2022-01/comparison.html?year=2021&unitId=" + council)
                .expect(200).text();
        assertThat(html).contains("Källa: Kolada (RKA), CC BY 4.0").contains("Malmö").doesNotContain("kolada-test");
        String csv = api().get("/api/v1/key-figure-reports/2022-01/comparison.csv?year=2021&unitId=" + council)
                .expect(200).text();
        assertThat(csv).contains("Källa: Kolada (RKA), CC BY 4.0").contains("Jämförelse: Malmö")
                .doesNotContain("kolada-test");

        long before = eventCount();
        KoladaImport.Outcome again = koladaImport.run(settings(council, "N09451"), null);
        assertThat(again.recorded()).isFalse();
        assertThat(eventCount()).as("a rerun records nothing new").isEqualTo(before);
    }

    @Test
    void aRevisedKoladaValueIsRecordedAsACorrectionWithItsReasonAndADeletedOneIsWithdrawnUnderR23() {
        UUID council = council();
        kpi("N09452", "Nettokostnad, kr/inv");
        stub.on("municipality/1280", Reply.ok("{\"values\": [{\"id\": \"1280\", \"title\": \"Malmö\"}]}"));
        data("N09452", String.join(",", row("N09452", "1287", 2021, "100", null, null, false),
                row("N09452", "1287", 2022, "110", null, null, false),
                row("N09452", "1280", 2022, "90", null, null, false)));
        koladaImport.run(settings(council, "N09452"), null);

        data("N09452", String.join(",", row("N09452", "1287", 2021, "101.5", null, null, false),
                row("N09452", "1287", 2022, "110", null, null, true),
                row("N09452", "1280", 2022, "91", null, null, false)));
        KoladaImport.Outcome revised = koladaImport.run(settings(council, "N09452"), null);

        assertThat(revised.corrected()).isEqualTo(1);
        assertThat(revised.withdrawn()).isEqualTo(1);
        assertThat(revised.references()).isEqualTo(1);
        String indicatorId = events("se.styrledger.events.indicators.IndicatorDefined", "koladaKpiId", "N09452")
                .get(0).get("indicatorId").asText();
        List<JsonNode> reported = events("se.styrledger.events.followup.IndicatorValueReported", "indicatorId",
                indicatorId);
        JsonNode correction = events("se.styrledger.events.followup.IndicatorValueCorrected", "indicatorId",
                indicatorId).get(0);
        assertThat(correction.get("reason").asText()).isEqualTo("Kolada reviderade värdet");
        assertThat(correction.get("value").decimalValue()).isEqualByComparingTo("101.5");
        assertThat(correction.get("supersedesValueId").asText()).isEqualTo(reported.stream()
                .filter(r -> r.at("/period/year").asInt() == 2021).findFirst().orElseThrow().get("valueId").asText());
        JsonNode withdrawal = events("se.styrledger.events.followup.IndicatorValueWithdrawn", "indicatorId",
                indicatorId).get(0);
        assertThat(withdrawal.at("/period/year").asInt()).isEqualTo(2022);
        JsonNode revisedReference = events("se.styrledger.events.kolada.ReferenceValueRecorded", "indicatorId",
                indicatorId).get(1);
        assertThat(revisedReference.get("reason").asText()).isEqualTo("Kolada reviderade värdet");
        assertThat(revisedReference.get("supersedesValueId").isNull()).isFalse();

        long before = eventCount();
        assertThat(koladaImport.run(settings(council, "N09452"), null).recorded()).isFalse();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMalformedAnswerStopsTheRunWithNothingOfItRecorded() {
        UUID council = council();
        kpi("N09453", "Invånare totalt, antal");
        kpi("N09454", "Invånare 65+, antal");
        stub.on("municipality/1280", Reply.ok("{\"values\": [{\"id\": \"1280\", \"title\": \"Malmö\"}]}"));
        data("N09453", row("N09453", "1287", 2022, "43000", null, null, false));
        stub.on("data/kpi/N09454/municipality/1287,1280?per_page=5000", Reply.ok("{\"values\": [{\"kpi\": \"N0"));

        long before = eventCount();
        assertThatThrownBy(() -> koladaImport.run(settings(council, "N09453", "N09454"), null))
                .isInstanceOf(KoladaException.class).hasMessageContaining("ogiltig JSON")
                .hasMessageContaining("Ingenting från körningen har registrerats");
        assertThat(eventCount()).as("nothing half-recorded").isEqualTo(before);
        assertThat(koladaImport.progress().snapshot().state()).isEqualTo("FAILED");
    }

    @Test
    void theProgressIsOnTheAdminEndpointOnly() {
        assertThat(api().get("/api/v1/admin/kolada-import").expect(200).body().has("done")).isTrue();
        api().anonymous().get("/api/v1/admin/kolada-import").expect(401);
        api().as("recorder", "recorder-pass").get("/api/v1/admin/kolada-import").expect(403);
    }
}
