package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ansvarsprövning over HTTP (docs/ansvarsprovning.md): the revisorer record their own documents, the
 * kansli records KF's decision on ansvarsfrihet and the presidium, every decision may carry links to
 * its protokoll and beslutsunderlag, and a nämnd's year reads back as of any date, naming no account.
 * Year 2019 and nämnder of this class's own.
 */
class AccountabilityEndToEndTest extends LedgerHttpTest {

    private static final String PROTOCOL = "https://www.example.se/kf/protokoll-2020-04-27.pdf";

    private UUID council;
    private UUID namnd;

    @BeforeEach
    void kommun() {
        council = council();
        namnd = UUID.fromString(api().post("/api/v1/units", """
                {"name": "Ansvarsnämnden %s", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), council,
                        decision(council, "2014-12-15"))).expect(201).body().get("id").asText());
    }

    private HttpApi revisor() {
        return api().as("revisor", "revisor-pass");
    }

    private static String document(String issuedOn, String links) {
        return """
                {"issuedOn": "%s", "caseNumber": "REV 2020/0003", "paragraph": "§ 4", "links": %s}"""
                .formatted(issuedOn, links);
    }

    private String councilDecision(String decidedOn, String links) {
        return """
                {"decidedBy": "%s", "decidedOn": "%s", "paragraph": "§ 45", "caseNumber": "KS 2020/0101",
                 "links": %s}""".formatted(council, decidedOn, links);
    }

    private long assess(String recommendation, String grounds) {
        return revisor().post("/api/v1/accountability/audit-assessments", """
                {"unitId": "%s", "year": 2019, "assessment": "Nämnden har i huvudsak bedrivit verksamheten ändamålsenligt",
                 "recommendation": "%s", "remark": null, "grounds": %s, "document": %s}"""
                .formatted(namnd, recommendation, grounds, document("2020-04-02", "[]"))).expect(201).body()
                .get("position").asLong();
    }

    @Test
    void aNamndsYearReadsBackWithItsPresidiumBedomningAndKfsDecisionAsOfAnyDate() {
        revisor().post("/api/v1/accountability/audit-reports", """
                {"unitId": "%s", "year": 2019, "title": "Granskning av försörjningsstöd",
                 "conclusions": "Kontrollen av utbetalningar är otillräcklig", "document": %s}"""
                .formatted(namnd, document("2019-11-20", "[{\"kind\": \"SUPPORTING_DOCUMENT\","
                        + " \"reference\": \"REV 2019/0012-3\", \"title\": \"Granskningsrapport\"}]"))).expect(201);
        api().post("/api/v1/presidia", """
                {"unitId": "%s", "term": {"startsOn": "2019-01-01", "endsOn": "2022-12-31"},
                 "officeHolders": [{"name": "Anna Andersson", "role": "CHAIR", "party": "S"},
                                   {"name": "Bertil Berg", "role": "FIRST_VICE_CHAIR", "party": "M"}],
                 "decision": %s}""".formatted(namnd, councilDecision("2018-11-26", "[]"))).expect(201);
        // A fyllnadsval: a new ordförande from 1 July; the vice ordförande stays.
        api().post("/api/v1/presidia", """
                {"unitId": "%s", "term": {"startsOn": "2019-07-01", "endsOn": "2022-12-31"},
                 "officeHolders": [{"name": "Cecilia Ek", "role": "CHAIR", "party": "S"}], "decision": %s}"""
                .formatted(namnd, councilDecision("2019-06-17", "[]"))).expect(201);
        assess("DISCHARGE", "null");
        Instant beforeDecision = Instant.now();
        long decided = api().post("/api/v1/accountability/discharge-decisions", """
                {"unitId": "%s", "year": 2019, "outcome": "REMARK",
                 "grounds": "Bristande kontroll av utbetalningar av försörjningsstöd", "decision": %s}"""
                .formatted(namnd, councilDecision("2020-04-27", "[{\"kind\": \"PROTOCOL\", \"reference\": \""
                        + PROTOCOL + "\", \"title\": \"Protokoll KF 2020-04-27\"}]"))).expect(201).body()
                .get("position").asLong();

        JsonNode year = api().anonymous().get("/api/v1/accountability?unitId=" + namnd + "&year=2019&asOf=2020-06-30"
                + "&minPosition=" + decided).expect(200).body();
        assertThat(year.get("auditReports")).hasSize(1);
        assertThat(year.get("auditReports").get(0).get("document").get("links").get(0).get("reference").asText())
                .isEqualTo("REV 2019/0012-3");
        assertThat(year.get("assessment").get("recommendationLabel").asText()).isEqualTo("tillstyrker ansvarsfrihet");
        assertThat(year.get("discharge").get("outcomeLabel").asText()).isEqualTo("ansvarsfrihet beviljas med anmärkning");
        assertThat(year.get("discharge").get("grounds").asText()).contains("försörjningsstöd");
        assertThat(year.get("discharge").get("decision").get("paragraph").asText()).isEqualTo("§ 45");
        assertThat(year.get("discharge").get("links").get(0).get("reference").asText()).isEqualTo(PROTOCOL);
        assertThat(year.get("presidium").toString())
                .as("who was accountable in 2019: the first ordförande until the fyllnadsval, then the new one")
                .contains("\"name\":\"Anna Andersson\",\"role\":\"CHAIR\"")
                .contains("\"until\":\"2019-06-30\"")
                .contains("\"name\":\"Cecilia Ek\"")
                .contains("\"name\":\"Bertil Berg\"");
        assertThat(year.get("presidium")).hasSize(3);
        assertThat(year.toString()).as("no account in a public read (R-34)")
                .doesNotContain("revisor").doesNotContain("demo");

        JsonNode beforeKf = api().get("/api/v1/accountability?unitId=" + namnd + "&year=2019&asOf=2020-04-10")
                .expect(200).body();
        assertThat(beforeKf.get("assessment").isNull()).isFalse();
        assertThat(beforeKf.get("discharge").isNull()).as("KF had not decided on 10 April").isTrue();
        JsonNode knownBefore = api().get("/api/v1/accountability?unitId=" + namnd + "&year=2019&asOf=2020-06-30"
                + "&knownAt=" + beforeDecision).expect(200).body();
        assertThat(knownBefore.get("discharge").isNull()).as("not yet recorded at knownAt").isTrue();

        String report = "/api/v1/audit/units/" + namnd + "/accountability?year=2019&asOf=2020-06-30";
        api().anonymous().get(report).expect(401);
        JsonNode forRevisor = revisor().get(report).expect(200).body();
        assertThat(forRevisor.get("accountability").get("discharge").get("outcome").asText()).isEqualTo("REMARK");
        assertThat(forRevisor.get("commitments").isArray()).isTrue();
        assertThat(forRevisor.get("findings").isArray()).isTrue();
        String csv = revisor().get("/api/v1/audit/units/" + namnd + "/accountability.csv?year=2019&asOf=2020-06-30")
                .expect(200).text();
        assertThat(csv).contains("Fullmäktiges beslut om ansvarsfrihet;ansvarsfrihet beviljas med anmärkning")
                .contains("protokoll: " + PROTOCOL).contains("Presidium;ordförande Cecilia Ek (S);2019-07-01–2022-12-31");
    }

    @Test
    void onlyTheRevisorerRecordTheirBedomningUnderR50() {
        long before = eventCount();
        JsonNode refused = api().as("recorder", "recorder-pass").post("/api/v1/accountability/audit-assessments", """
                {"unitId": "%s", "year": 2019, "assessment": "Bra", "recommendation": "DISCHARGE",
                 "document": %s}""".formatted(namnd, document("2020-04-02", "[]"))).problem(403);
        assertThat(refused.toString()).contains("R-50");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyKfDecidesAnsvarsfrihetAndARefusalNeedsItsGroundsUnderR51() {
        assess("NO_DISCHARGE", "\"Allvarliga brister i styrningen\"");
        long before = eventCount();
        JsonNode byNamnd = api().post("/api/v1/accountability/discharge-decisions", """
                {"unitId": "%s", "year": 2019, "outcome": "GRANTED", "decision": %s}"""
                .formatted(namnd, decision(namnd, "2020-04-27"))).problem(422);
        assertThat(byNamnd.get("rule").asText()).isEqualTo("R-51");
        JsonNode withoutGrounds = api().post("/api/v1/accountability/discharge-decisions", """
                {"unitId": "%s", "year": 2019, "outcome": "REFUSED", "decision": %s}"""
                .formatted(namnd, councilDecision("2020-04-27", "[]"))).problem(422);
        assertThat(withoutGrounds.get("rule").asText()).isEqualTo("R-51");
        assertThat(withoutGrounds.toString()).contains("grounds");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aLinkThatIsNeitherHttpsNorADiariumReferenceIsRefusedNamingTheFieldOnAnyDecision() {
        long before = eventCount();
        JsonNode refused = api().post("/api/v1/units/" + namnd + "/rename", """
                {"name": "Omdöpta nämnden", "decision": %s}""".formatted(councilDecision("2020-01-10",
                "[{\"kind\": \"PROTOCOL\", \"reference\": \"javascript:alert(1)\"}]"))).problem(422);
        assertThat(refused.get("rule").asText()).isEqualTo("R-31");
        assertThat(refused.toString()).contains("decision.links[0].reference");
        JsonNode revisorsLink = revisor().post("/api/v1/accountability/audit-reports", """
                {"unitId": "%s", "year": 2019, "title": "Granskning", "conclusions": "Slutsats", "document": %s}"""
                .formatted(namnd, document("2019-11-20", "[{\"kind\": \"PROTOCOL\","
                        + " \"reference\": \"http://www.example.se/rapport.pdf\"}]"))).problem(422);
        assertThat(revisorsLink.toString()).contains("document.links[0].reference");
        assertThat(eventCount()).isEqualTo(before);

        api().post("/api/v1/units/" + namnd + "/rename", """
                {"name": "Omdöpta nämnden", "decision": %s}""".formatted(councilDecision("2020-01-10",
                "[{\"kind\": \"PROTOCOL\", \"reference\": \"KF 2020/0007\"}]"))).expect(200);
    }
}
