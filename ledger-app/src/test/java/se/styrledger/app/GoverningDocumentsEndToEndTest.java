package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Styrdokument over HTTP: command → aggregate → event → projection → register, reviews, hierarchy and history. */
class GoverningDocumentsEndToEndTest extends LedgerHttpTest {

    private UUID unit(UUID parent, UUID decidedBy, String name, String kind) {
        return UUID.fromString(api().post("/api/v1/units", """
                {"name": "%s", "kind": "%s", "parentId": "%s", "decision": %s}
                """.formatted(name, kind, parent, decision(decidedBy, "2015-01-20"))).expect(201).body()
                .get("id").asText());
    }

    private JsonNode adopt(String body) {
        return api().post("/api/v1/governing-documents", body).expect(201).body();
    }

    private static String document(String type, String title, String owner, String scope, String extra,
                                   String decision) {
        return """
                {"type": "%s", "title": "%s", "owner": "%s", "scope": %s, %s "decision": %s}
                """.formatted(type, title, owner, scope, extra.isEmpty() ? "" : extra + ",", decision);
    }

    private static String wholeKommun() {
        return "{\"wholeMunicipality\": true}";
    }

    private static String units(UUID... ids) {
        List<String> quoted = new ArrayList<>();
        for (UUID id : ids) {
            quoted.add("\"" + id + "\"");
        }
        return "{\"unitIds\": [" + String.join(", ", quoted) + "]}";
    }

    private static List<String> titles(JsonNode list) {
        List<String> titles = new ArrayList<>();
        list.forEach(d -> titles.add(d.get("title").asText()));
        return titles;
    }

    @Test
    void aPolicyForTwoCommitteesAdoptedByOneOfThemIs422UnderR03AndRecordsNothing() {
        UUID council = council();
        UUID social = unit(council, council, "Socialnämnden", "COMMITTEE");
        UUID education = unit(council, council, "Utbildningsnämnden", "COMMITTEE");
        long before = eventCount();

        JsonNode problem = api().post("/api/v1/governing-documents", document("POLICY", "Policy för barn och unga",
                "Socialchef", units(social, education), "", decision(social, "2019-06-17"))).problem(422);

        assertThat(problem.get("rule").asText()).isEqualTo("R-03");
        assertThat(problem.get("title").asText()).contains("R-03");
        assertThat(problem.get("field").asText()).isEqualTo("scope");
        assertThat(problem.get("detail").asText()).contains("kommunfullmäktige");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aPoliticalProgramIsNoStyrdokumentButARecordedReferenceWithoutBeslutsinstansUnderR08() {
        UUID council = council();
        long before = eventCount();
        JsonNode problem = api().post("/api/v1/governing-documents", document("POLITICAL_PROGRAM",
                "Majoritetsprogram för Styrby", "Kommunstyrelsens ordförande", wholeKommun(), "",
                decision(council, "2022-11-14"))).problem(422);
        assertThat(problem.get("rule").asText()).isEqualTo("R-08");
        assertThat(problem.get("field").asText()).isEqualTo("type");
        assertThat(eventCount()).isEqualTo(before);

        JsonNode recorded = api().post("/api/v1/political-programs", """
                {"title": "Majoritetsprogram för Styrby 2023–2026", "parties": "Styrbypartiet, Framtidspartiet",
                 "presentedOn": "2022-10-20", "publishedText": {"url": "https://styrby.example/program.pdf"}}
                """).expect(201).body();
        long position = recorded.get("position").asLong();

        JsonNode listed = null;
        for (JsonNode program : api().get("/api/v1/political-programs?minPosition=" + position).expect(200).body()) {
            if (program.get("programId").asText().equals(recorded.get("id").asText())) {
                listed = program;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("parties").asText()).isEqualTo("Styrbypartiet, Framtidspartiet");
        assertThat(listed.get("kindLabel").asText()).contains("inget kommunbeslut");
        assertThat(listed.has("decision")).isFalse();
        assertThat(listed.has("decidedBy")).isFalse();
        assertThat(api().get("/api/v1/political-programs?asOf=2022-10-19").expect(200).body().findValuesAsText("programId"))
                .doesNotContain(recorded.get("id").asText());

        JsonNode withoutReference = api().post("/api/v1/political-programs", """
                {"title": "Program", "parties": "Styrbypartiet", "presentedOn": "2022-10-20"}
                """).problem(400);
        assertThat(withoutReference.get("field").asText()).isEqualTo("publishedText");
    }

    @Test
    void anActionPlanWithoutEndDateIs422UnderR16() {
        UUID council = council();
        long before = eventCount();
        JsonNode problem = api().post("/api/v1/governing-documents", document("ACTION_PLAN", "Handlingsplan",
                "Kommundirektör", wholeKommun(), "", decision(council, "2019-06-17"))).problem(422);
        assertThat(problem.get("rule").asText()).isEqualTo("R-16");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theRegisterIsSearchedByTitleTypeUnitAndDiarienummer() {
        UUID council = council();
        UUID social = unit(council, council, "Socialnämnden", "COMMITTEE");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        adopt(document("POLICY", "Policy för ledning och styrning " + marker, "Kvalitetsstrateg", wholeKommun(),
                "\"caseNumber\": \"KS 2015/" + marker + "\"", decision(council, "2015-02-23")));
        long position = adopt(document("GUIDELINE", "Riktlinje för försörjningsstöd " + marker, "Socialchef",
                units(social), "", decision(social, "2019-06-17"))).get("position").asLong();
        String register = "/api/v1/governing-documents?minPosition=" + position + "&asOf=2020-01-01";

        assertThat(titles(api().get(register + "&title=LEDNING+OCH+STYRNING+" + marker).expect(200).body()))
                .containsExactly("Policy för ledning och styrning " + marker);
        assertThat(titles(api().get(register + "&title=" + marker + "&type=GUIDELINE").expect(200).body()))
                .containsExactly("Riktlinje för försörjningsstöd " + marker);
        assertThat(titles(api().get(register + "&unitId=" + social).expect(200).body()))
                .containsExactly("Riktlinje för försörjningsstöd " + marker);
        assertThat(titles(api().get(register + "&caseNumber=ks+2015/" + marker).expect(200).body()))
                .containsExactly("Policy för ledning och styrning " + marker);
        assertThat(titles(api().get("/api/v1/governing-documents?asOf=2016-01-01&title=" + marker).expect(200).body()))
                .as("the register as of a date before the riktlinje was adopted")
                .containsExactly("Policy för ledning och styrning " + marker);
        JsonNode policy = api().get(register + "&title=ledning+och+styrning+" + marker).expect(200).body().get(0);
        assertThat(policy.get("typeLabel").asText()).isEqualTo("policy");
        assertThat(policy.get("validityLabel").asText()).isEqualTo("tills vidare");
        assertThat(policy.get("statusLabel").asText()).isEqualTo("gällande");
    }

    @Test
    void theOverdueReviewQueryReturnsExactlyTheDocumentsWhoseReviewDateHasPassed() {
        UUID council = council();
        String owner = "Kvalitetsstrateg " + UUID.randomUUID();
        adopt(document("POLICY", "Passed the day before", owner, wholeKommun(), "\"reviewDue\": \"2024-03-31\"",
                decision(council, "2020-02-10")));
        adopt(document("POLICY", "Due on the day", owner, wholeKommun(), "\"reviewDue\": \"2024-04-01\"",
                decision(council, "2020-02-10")));
        adopt(document("POLICY", "Due the day after", owner, wholeKommun(), "\"reviewDue\": \"2024-04-02\"",
                decision(council, "2020-02-10")));
        String repealed = adopt(document("POLICY", "Repealed before the day", owner, wholeKommun(),
                "\"reviewDue\": \"2024-01-31\"", decision(council, "2020-02-10"))).get("id").asText();
        api().post("/api/v1/governing-documents/" + repealed + "/repeal",
                "{\"decision\": " + decision(council, "2024-02-15") + "}").expect(200);
        String confirmed = adopt(document("POLICY", "Confirmed as current", owner, wholeKommun(),
                "\"reviewDue\": \"2024-02-01\"", decision(council, "2020-02-10"))).get("id").asText();
        api().post("/api/v1/governing-documents/" + confirmed + "/confirm-current", """
                {"reviewDue": "2025-06-30", "decision": %s}""".formatted(decision(council, "2024-02-20"))).expect(200);
        long position = adopt(document("ACTION_PLAN", "Expired before the day", owner, wholeKommun(),
                "\"reviewDue\": \"2024-03-01\", \"validUntil\": \"2024-03-15\"", decision(council, "2020-02-10")))
                .get("position").asLong();
        String overdue = "/api/v1/governing-documents/overdue-review?minPosition=" + position + "&owner="
                + owner.replace(" ", "+");

        assertThat(titles(api().get(overdue + "&asOf=2024-04-01").expect(200).body()))
                .containsExactly("Passed the day before");
        assertThat(titles(api().get(overdue + "&asOf=2024-04-02").expect(200).body()))
                .containsExactly("Passed the day before", "Due on the day");
        assertThat(titles(api().get(overdue + "&asOf=2024-02-10").expect(200).body()))
                .as("before its repeal and its confirmation, each was overdue")
                .containsExactly("Repealed before the day", "Confirmed as current");
        assertThat(titles(api().get("/api/v1/governing-documents/due-for-review?asOf=2024-04-01&withinDays=1&owner="
                + owner.replace(" ", "+")).expect(200).body())).containsExactly("Due on the day", "Due the day after");
    }

    @Test
    void everyVersionOfARevisedDocumentStaysReadable() {
        UUID council = council();
        String id = adopt(document("POLICY", "Policy för ledning och styrning", "Kvalitetsstrateg", wholeKommun(),
                "\"reviewDue\": \"2017-02-28\"", decision(council, "2015-02-23"))).get("id").asText();
        api().post("/api/v1/governing-documents/" + id + "/change-owner", """
                {"owner": "Kommundirektör", "decision": %s}""".formatted(decision(council, "2016-03-14"))).expect(200);
        String caseNumber = "KS 2017/" + UUID.randomUUID().toString().substring(0, 8);
        long position = api().post("/api/v1/governing-documents/" + id + "/revise", """
                {"title": "Policy för ledning och styrning – ledningssystem", "owner": "Kommundirektör",
                 "scope": {"wholeMunicipality": true}, "reviewDue": "2021-02-28",
                 "publishedText": {"url": "https://www.trelleborg.se/policy-ledning.pdf"},
                 "decision": {"decidedBy": "%s", "decidedOn": "2017-02-20", "paragraph": "§ 30", "caseNumber": "%s"}}
                """.formatted(council, caseNumber)).expect(200).body().get("position").asLong();

        JsonNode history = api().get("/api/v1/governing-documents/" + id + "/history?minPosition=" + position)
                .expect(200).body();
        assertThat(history).extracting(s -> s.get("lastDecisionLabel").asText())
                .containsExactly("antaget", "ny dokumentansvarig", "reviderat");
        assertThat(history).extracting(s -> s.get("version").asInt()).containsExactly(1, 1, 2);
        assertThat(api().get("/api/v1/governing-documents/" + id + "/versions/1").expect(200).body().get("title")
                .asText()).isEqualTo("Policy för ledning och styrning");
        JsonNode current = api().get("/api/v1/governing-documents/" + id).expect(200).body();
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("publishedText").get("url").asText()).endsWith("policy-ledning.pdf");
        assertThat(api().get("/api/v1/governing-documents/" + id + "?asOf=2016-12-31").expect(200).body()
                .get("owner").asText()).isEqualTo("Kommundirektör");
        api().get("/api/v1/governing-documents/" + id + "/versions/3").problem(404);
        JsonNode trail = api().get("/api/v1/audit/case-numbers/trail?caseNumber=" + caseNumber.replace(" ", "+"))
                .expect(200).body();
        assertThat(trail).extracting(e -> e.get("description").asText())
                .containsExactly("Styrdokument reviderat till version 2: ”Policy för ledning och styrning – ledningssystem”");
    }

    @Test
    void theHierarchyShowsTheParentAndTheChildrenAndAReplacedDocumentLeavesTheRegister() {
        UUID council = council();
        UUID social = unit(council, council, "Socialnämnden", "COMMITTEE");
        String policy = adopt(document("POLICY", "Policy för brukarinflytande", "Socialchef", wholeKommun(), "",
                decision(council, "2016-02-22"))).get("id").asText();
        String guideline = adopt(document("GUIDELINE", "Riktlinje för brukarråd", "Socialchef", units(social),
                "\"parentDocumentId\": \"" + policy + "\"", decision(social, "2016-05-10"))).get("id").asText();
        String successor = adopt(document("GUIDELINE", "Riktlinje för brukarråd 2.0", "Socialchef", units(social),
                "\"parentDocumentId\": \"" + policy + "\"", decision(social, "2019-05-14"))).get("id").asText();
        long position = api().post("/api/v1/governing-documents/" + guideline + "/replace", """
                {"replacedBy": "%s", "decision": %s}""".formatted(successor, decision(social, "2019-05-14")))
                .expect(200).body().get("position").asLong();

        JsonNode tree = api().get("/api/v1/governing-documents/" + policy + "/hierarchy?minPosition=" + position)
                .expect(200).body();
        assertThat(titles(tree.get("children"))).containsExactly("Riktlinje för brukarråd 2.0");
        JsonNode earlier = api().get("/api/v1/governing-documents/" + policy + "/hierarchy?asOf=2018-01-01")
                .expect(200).body();
        assertThat(titles(earlier.get("children"))).containsExactly("Riktlinje för brukarråd");
        JsonNode child = api().get("/api/v1/governing-documents/" + successor + "/hierarchy").expect(200).body();
        assertThat(child.get("parent").get("documentId").asText()).isEqualTo(policy);
        JsonNode replaced = api().get("/api/v1/governing-documents/" + guideline).expect(200).body();
        assertThat(replaced.get("statusLabel").asText()).isEqualTo("ersatt");
        assertThat(replaced.get("replacedBy").asText()).isEqualTo(successor);
        assertThat(titles(api().get("/api/v1/governing-documents?unitId=" + social).expect(200).body()))
                .containsExactly("Riktlinje för brukarråd 2.0");
        assertThat(titles(api().get("/api/v1/governing-documents?includeEnded=true&unitId=" + social).expect(200)
                .body())).containsExactlyInAnyOrder("Riktlinje för brukarråd", "Riktlinje för brukarråd 2.0");
    }
}
