package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.app.LedgerHttpTest.decision;

/**
 * who recorded an event (an account) is personal data, seen only by AUDITOR and ADMIN. A ledger is recorded by
 * the account kerstin.karlsson, down to a closed (frozen) report and a nyckeltalsrapport; then every GET of the
 * OpenAPI document outside the audit and admin paths is asked anonymously, with the seeded ids and with every
 * parameter the test can fill, and no answer may name her; so is every public page of the web UI. Operations and
 * pages added later are swept without touching this test; one whose path it cannot fill fails it.
 */
class PersonalDataSweepTest extends LedgerHttpTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private static final String ACCOUNT = "kerstin.karlsson";
    // Reports are one of each kind and year in the whole ledger: 2018's delårsrapport 2 and årsredovisning are
    // this test's.
    private static final int YEAR = 2018;

    @Test
    void noPublicReadNamesWhoRecordedUnderR34() {
        HttpApi kerstin = api().as(ACCOUNT, "kerstin-pass");
        FollowUpKommun kommun = new FollowUpKommun(kerstin, YEAR, "Fler unga i egen försörjning");
        UUID value = kommun.value("MONTH", 3, "78.5", "{\"women\": 80.0, \"men\": 77.0}");
        kerstin.post("/api/v1/indicator-values/" + value + "/corrections", """
                {"value": 79.0, "source": "Brukarundersökning, reviderad", "reason": "Ny sammanställning"}""")
                .expect(201);
        UUID report = kommun.report("INTERIM_2");
        kommun.assess(report, kommun.effectGoal, "PARTLY_FULFILLED", "\"Fler deltar.\"").expect(201);
        long closed = kommun.close(report);
        UUID plan = kommun.created("/api/v1/operational-plans", """
                {"unitId": "%s", "year": %d, "summary": "Socialnämndens verksamhetsplan", "budgetFrame": 1000,
                 "effectGoalIds": ["%s"], "decision": %s}""".formatted(kommun.committee, YEAR, kommun.effectGoal,
                decision(kommun.committee, (YEAR - 1) + "-11-13")));
        UUID document = kommun.created("/api/v1/governing-documents", """
                {"type": "POLICY", "title": "Policy för ledning och styrning", "owner": "Kvalitetsstrateg",
                 "scope": {"wholeMunicipality": true}, "reviewDue": "%d-03-31", "decision": %s}"""
                .formatted(YEAR + 3, decision(kommun.council, "2015-03-30")));
        // Ekonomi and intern kontroll have public reads too: a budget for the year and the nämnd's plan.
        kommun.created("/api/v1/budgets", """
                {"year": %d, "frames": [{"unitId": "%s", "amount": 1000000}], "companyTargets": [], "decision": %s}"""
                .formatted(YEAR, kommun.committee, decision(kommun.council, (YEAR - 1) + "-11-20")));
        UUID controlPlan = kommun.created("/api/v1/internal-control-plans", """
                {"unitId": "%s", "year": %d,
                 "risks": [{"description": "Utbetalning utan beslut", "likelihood": 3, "consequence": 4}],
                 "controls": [{"what": "Utbetalningar", "how": "Stickprov om 20 ärenden", "responsible": "Enhetschef",
                               "due": "%d-03-31", "frequency": "varje tertial"}],
                 "decision": %s}""".formatted(kommun.committee, YEAR, YEAR,
                decision(kommun.committee, (YEAR - 1) + "-12-12")));
        UUID vision = UUID.fromString(api().anonymous().get("/api/v1/visions?minPosition=" + closed).expect(200)
                .body().findValue("visionId").asText());
        UUID direction = UUID.fromString(api().anonymous().get("/api/v1/strategic-directions").expect(200).body()
                .findValue("directionId").asText());
        long last = kommun.position(kerstin.post("/api/v1/follow-up-reports", """
                {"year": %d, "kind": "ANNUAL"}""".formatted(YEAR)).expect(201));

        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("unitId", kommun.committee.toString());
        ids.put("reportId", report.toString());
        ids.put("indicatorId", kommun.indicator.toString());
        ids.put("valueId", value.toString());
        ids.put("activityId", kommun.activity.toString());
        ids.put("planId", plan.toString());
        ids.put("documentId", document.toString());
        ids.put("version", "1");
        ids.put("visionId", vision.toString());
        ids.put("directionId", direction.toString());
        ids.put("month", YEAR + "-03");
        ids.put("year", String.valueOf(YEAR));
        ids.put("asOf", YEAR + "-06-30");
        ids.put("includeSuperseded", "true");
        ids.put("minPosition", String.valueOf(last));
        // The tamper-evidence proofs: the ledger's first event in the first trees (sealed long before this test).
        ids.put("position", "1");
        ids.put("treeSize", "2");
        ids.put("fromSize", "1");
        ids.put("toSize", "2");

        assertThat(api().as("revisor", "revisor-pass").get("/api/v1/indicator-values?includeSuperseded=true&unitId="
                + kommun.committee).expect(200).text()).as("a revisor still sees who recorded").contains(ACCOUNT);

        JsonNode paths = api().anonymous().get("/v3/api-docs").expect(200).body().get("paths");
        List<String> swept = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().startsWith("/api/v1/audit") || path.getKey().startsWith("/api/v1/admin")) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>(ids);
            values.put("goalId", (path.getKey().startsWith("/api/v1/direction-goals") ? kommun.directionGoal
                    : kommun.effectGoal).toString());
            values.put("planId", (path.getKey().startsWith("/api/v1/internal-control-plans") ? controlPlan : plan)
                    .toString());
            if (path.getKey().endsWith("/proof")) {
                // A report's proof names a checkpoint's tree size, and tree size 2 has none: its own latest one.
                values.remove("treeSize");
            }
            for (boolean everyParameter : new boolean[]{false, true}) {
                String url = url(path.getKey(), get, values, everyParameter);
                HttpApi.Answer answer = api().anonymous().get(url);
                assertThat(answer.status()).as("GET %s: %s", url, answer.text()).isEqualTo(200);
                assertThat(answer.text()).as("GET %s names who recorded", url).doesNotContain(ACCOUNT);
                swept.add(url);
            }
        }
        assertThat(swept).as("the sweep reached the reports").anyMatch(url -> url.endsWith("/report.html"))
                .anyMatch(url -> url.contains("/indicator-values")).anyMatch(url -> url.contains("/assessments"))
                .anyMatch(url -> url.startsWith("/api/v1/events"));
        assertThat(jdbc.queryForList("SELECT convert_from(document, 'UTF8') FROM report_snapshot WHERE report_id = ?",
                String.class, report)).as("the frozen report").singleElement().asString().doesNotContain(ACCOUNT)
                .doesNotContain("recordedBy");

        // The public web pages read the same services: every page of the web UI outside the signed-in workspaces
        // (granskning, registrera), found from the application's own mappings so that a new page is swept too.
        Map<String, String> pageIds = Map.of("unitId", kommun.committee.toString(),
                "goalId", kommun.effectGoal.toString(), "reportId", report.toString());
        List<String> pages = new ArrayList<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("se.styrledger.web"))
                .map(Map.Entry::getKey).toList()) {
            for (String pattern : mapping.getPatternValues()) {
                if (pattern.startsWith("/granskning") || pattern.startsWith("/registrera")
                        || !mapping.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                    continue;
                }
                String page = pattern;
                for (Map.Entry<String, String> id : pageIds.entrySet()) {
                    page = page.replace("{" + id.getKey() + "}", id.getValue());
                }
                assertThat(page).as("a value for every variable of %s", pattern).doesNotContain("{");
                for (String query : List.of("", "?ar=" + YEAR + "&asOf=" + YEAR + "-06-30")) {
                    HttpApi.Answer answer = api().anonymous().get(page + query);
                    assertThat(answer.status()).as("GET %s", page + query).isEqualTo(200);
                    assertThat(answer.text()).as("GET %s names who recorded", page + query).doesNotContain(ACCOUNT);
                    pages.add(page + query);
                }
            }
        }
        assertThat(pages).as("the sweep reached the pages").contains("/rapporter/" + report, "/mal/" + kommun.effectGoal,
                "/enheter/" + kommun.committee, "/rod-trad");
    }

    /** The path with its variables filled; the required query parameters, or every one the test has a value for. */
    private static String url(String template, JsonNode operation, Map<String, String> values, boolean every) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            String value = "knownAt".equals(name) ? Instant.now().toString() : values.get(name);
            if ("path".equals(parameter.get("in").asText())) {
                assertThat(value).as("a value for {%s} in %s", name, template).isNotNull();
                path = path.replace("{" + name + "}", value);
            } else if (value != null && (every || parameter.path("required").asBoolean())) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
            } else {
                assertThat(parameter.path("required").asBoolean()).as("a value for required %s in %s", name,
                        template).isFalse();
            }
        }
        return path + query;
    }
}
