package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rights matrix (R-32): every write operation of the OpenAPI document × every kind of caller → allowed, 401 or
 * 403. An operation the document has and the matrix lacks fails the test, so a new command must say here which unit
 * it records for. "Allowed" means the request passed authorisation: the answer is neither 401 nor 403 nor a 5xx (what
 * the aggregate then says about the body is each use case's own end-to-end test's business).
 * <p>
 * Callers: anonymous; revisor (AUDITOR only); matrix-clerk (RECORDER) first with a right for another nämnd only, then with
 * rights for the nämnd, KS and KF (each without the units below); operator (ADMIN, no right for these units).
 */
class RightsMatrixTest extends LedgerHttpTest {

    /** Which unit an operation records for, in the kommun the test builds; ADMIN_OPERATION is the ledger's running. */
    /**
     * MAPPED_FILE: a file from the ekonomisystem records for the units its accounts and objects map to by
     * configuration; with no mapping configured here, every recorder's file is refused (400) before any unit is known.
     */
    /** AUDITORS: the revisorer's own documents, recorded under the revisor role and by nobody else (R-50). */
    private enum Scope { NAMND, EXECUTIVE_BOARD, COUNCIL, ADMIN_OPERATION, MAPPED_FILE, AUDITORS }

    private record Operation(Scope scope, String path, String body, String contentType) {
    }

    /** Placeholders: {N} the nämnd, {KS}, {KF}, {G} its effektmål, {A} its aktivitet, {V} its value, {I} an indicator,
     * {R} a report, {X} an id nothing has; dec(N) and the like a whole decision by that body. */
    private static final Map<String, Operation> MATRIX = new LinkedHashMap<>();

    private static void op(String key, Scope scope, String path, String body) {
        op(key, scope, path, body, "application/json");
    }

    private static void op(String key, Scope scope, String path, String body, String contentType) {
        MATRIX.put(key, new Operation(scope, path, body, contentType));
    }

    static {
        op("POST /api/v1/units", Scope.NAMND, "/api/v1/units",
                "{\"name\": \"Omsorgsförvaltningen\", \"kind\": \"ADMINISTRATION\", \"parentId\": \"{N}\", \"decision\": dec(N)}");
        op("POST /api/v1/units/{unitId}/rename", Scope.NAMND, "/api/v1/units/{N}/rename",
                "{\"name\": \"Omsorgsnämnden\", \"decision\": dec(N)}");
        op("POST /api/v1/units/{unitId}/move", Scope.NAMND, "/api/v1/units/{X}/move",
                "{\"parentId\": \"{N}\", \"decision\": dec(N)}");
        op("POST /api/v1/units/{unitId}/dissolve", Scope.NAMND, "/api/v1/units/{X}/dissolve", "{\"decision\": dec(N)}");

        op("POST /api/v1/visions", Scope.COUNCIL, "/api/v1/visions", "{\"text\": \"En vision\", \"decision\": dec(KF)}");
        op("POST /api/v1/visions/{visionId}/revise", Scope.COUNCIL, "/api/v1/visions/{X}/revise",
                "{\"text\": \"En vision\", \"decision\": dec(KF)}");
        op("POST /api/v1/visions/{visionId}/withdraw", Scope.COUNCIL, "/api/v1/visions/{X}/withdraw",
                "{\"reason\": \"Ny vision\", \"decision\": dec(KF)}");
        op("POST /api/v1/strategic-directions", Scope.COUNCIL, "/api/v1/strategic-directions",
                "{\"visionId\": \"{X}\", \"name\": \"Livskvalitet\", \"themes\": [], \"decision\": dec(KF)}");
        op("POST /api/v1/strategic-directions/{directionId}/revise", Scope.COUNCIL,
                "/api/v1/strategic-directions/{X}/revise", "{\"name\": \"Arbete\", \"themes\": [], \"decision\": dec(KF)}");
        op("POST /api/v1/strategic-directions/{directionId}/withdraw", Scope.COUNCIL,
                "/api/v1/strategic-directions/{X}/withdraw", "{\"reason\": \"Ny plan\", \"decision\": dec(KF)}");
        op("POST /api/v1/direction-goals", Scope.COUNCIL, "/api/v1/direction-goals",
                "{\"directionId\": \"{X}\", \"title\": \"Mål\", \"fromYear\": 2024, \"toYear\": 2026, \"decision\": dec(KF)}");
        op("POST /api/v1/direction-goals/{goalId}/revise", Scope.COUNCIL, "/api/v1/direction-goals/{X}/revise",
                "{\"directionId\": \"{X}\", \"title\": \"Mål\", \"fromYear\": 2024, \"toYear\": 2026, \"decision\": dec(KF)}");
        op("POST /api/v1/direction-goals/{goalId}/withdraw", Scope.COUNCIL, "/api/v1/direction-goals/{X}/withdraw",
                "{\"reason\": \"Nått\", \"decision\": dec(KF)}");
        op("POST /api/v1/direction-goals/{goalId}/indicators", Scope.COUNCIL, "/api/v1/direction-goals/{X}/indicators",
                "{\"indicatorId\": \"{I}\", \"target\": {\"value\": 60, \"period\": {\"kind\": \"YEAR\", \"year\": 2017,"
                        + " \"number\": 1}}, \"decision\": dec(KF)}");
        op("POST /api/v1/direction-goals/{goalId}/indicators/{indicatorId}/detach", Scope.COUNCIL,
                "/api/v1/direction-goals/{X}/indicators/{I}/detach", "{\"decision\": dec(KF)}");

        op("POST /api/v1/effect-goals", Scope.NAMND, "/api/v1/effect-goals",
                "{\"ownerUnitId\": \"{N}\", \"year\": 2017, \"title\": \"Fler i arbete\", \"targetGroup\": \"Unga\","
                        + " \"intendedEffect\": \"Egen försörjning\", \"directionGoalIds\": [], \"decision\": dec(N)}");
        op("POST /api/v1/effect-goals/{goalId}/revise", Scope.NAMND, "/api/v1/effect-goals/{G}/revise",
                "{\"title\": \"Fler i arbete\", \"targetGroup\": \"Unga\", \"intendedEffect\": \"Egen försörjning\","
                        + " \"decision\": dec(N)}");
        op("POST /api/v1/effect-goals/{goalId}/link", Scope.NAMND, "/api/v1/effect-goals/{G}/link",
                "{\"directionGoalId\": \"{X}\", \"decision\": dec(N)}");
        op("POST /api/v1/effect-goals/{goalId}/unlink", Scope.NAMND, "/api/v1/effect-goals/{G}/unlink",
                "{\"directionGoalId\": \"{X}\", \"decision\": dec(N)}");
        op("POST /api/v1/effect-goals/{goalId}/indicators", Scope.NAMND, "/api/v1/effect-goals/{G}/indicators",
                "{\"indicatorId\": \"{X}\", \"target\": {\"value\": 80, \"period\": {\"kind\": \"YEAR\", \"year\": 2017,"
                        + " \"number\": 1}}, \"decision\": dec(N)}");
        op("POST /api/v1/effect-goals/{goalId}/indicators/{indicatorId}/detach", Scope.NAMND,
                "/api/v1/effect-goals/{G}/indicators/{X}/detach", "{\"decision\": dec(N)}");
        op("POST /api/v1/effect-goals/{goalId}/change-theory", Scope.NAMND, "/api/v1/effect-goals/{G}/change-theory",
                "{\"steps\": [], \"decision\": dec(N)}");
        op("POST /api/v1/effect-goals/{goalId}/withdraw", Scope.NAMND, "/api/v1/effect-goals/{G}/withdraw",
                "{\"reason\": \"Ersatt\", \"decision\": dec(N)}");

        op("POST /api/v1/operational-plans", Scope.NAMND, "/api/v1/operational-plans",
                "{\"unitId\": \"{N}\", \"year\": 2017, \"summary\": \"Plan\", \"budgetFrame\": 1000,"
                        + " \"effectGoalIds\": [], \"decision\": dec(N)}");
        op("POST /api/v1/operational-plans/{planId}/revise", Scope.NAMND, "/api/v1/operational-plans/{X}/revise",
                "{\"summary\": \"Plan\", \"budgetFrame\": 1000, \"effectGoalIds\": [], \"decision\": dec(N)}");
        op("POST /api/v1/operational-plans/{planId}/withdraw", Scope.NAMND, "/api/v1/operational-plans/{X}/withdraw",
                "{\"reason\": \"Ny plan\", \"decision\": dec(N)}");

        op("POST /api/v1/activities", Scope.NAMND, "/api/v1/activities",
                "{\"effectGoalId\": \"{G}\", \"title\": \"Utbildning\", \"responsible\": \"Enhetschef\","
                        + " \"dueDate\": \"2017-06-30\", \"decision\": dec(N)}");
        op("POST /api/v1/activities/{activityId}/revise", Scope.NAMND, "/api/v1/activities/{A}/revise",
                "{\"title\": \"Utbildning\", \"responsible\": \"Enhetschef\", \"dueDate\": \"2017-06-30\","
                        + " \"reason\": \"Ny chef\"}");
        op("POST /api/v1/activities/{activityId}/status", Scope.NAMND, "/api/v1/activities/{A}/status",
                "{\"status\": \"IN_PROGRESS\", \"comment\": \"Startad\", \"changedOn\": \"2017-02-01\"}");

        op("POST /api/v1/political-programs", Scope.EXECUTIVE_BOARD, "/api/v1/political-programs",
                "{\"title\": \"Program för Trelleborg\", \"parties\": \"Moderaterna\", \"presentedOn\": \"2022-10-20\","
                        + " \"publishedText\": {\"url\": \"https://example.org/program.pdf\"}}");

        op("POST /api/v1/indicators", Scope.EXECUTIVE_BOARD, "/api/v1/indicators",
                "{\"name\": \"Andel\", \"unitOfMeasure\": \"procent\", \"direction\": \"HIGHER_IS_BETTER\","
                        + " \"source\": \"SURVEY\"}");
        op("POST /api/v1/indicators/{indicatorId}/revise", Scope.EXECUTIVE_BOARD, "/api/v1/indicators/{I}/revise",
                "{\"name\": \"Andel\", \"unitOfMeasure\": \"procent\", \"direction\": \"HIGHER_IS_BETTER\","
                        + " \"source\": \"SURVEY\"}");

        op("POST /api/v1/governing-documents", Scope.NAMND, "/api/v1/governing-documents",
                "{\"type\": \"GUIDELINE\", \"title\": \"Riktlinje\", \"owner\": \"Socialchef\","
                        + " \"scope\": {\"unitIds\": [\"{N}\"]}, \"decision\": dec(N)}");
        op("POST /api/v1/governing-documents/{documentId}/revise", Scope.NAMND,
                "/api/v1/governing-documents/{X}/revise", "{\"title\": \"Riktlinje\", \"decision\": dec(N)}");
        op("POST /api/v1/governing-documents/{documentId}/confirm-current", Scope.NAMND,
                "/api/v1/governing-documents/{X}/confirm-current", "{\"reviewDue\": \"2027-01-01\", \"decision\": dec(N)}");
        op("POST /api/v1/governing-documents/{documentId}/change-owner", Scope.NAMND,
                "/api/v1/governing-documents/{X}/change-owner", "{\"owner\": \"Kvalitetschef\", \"decision\": dec(N)}");
        op("POST /api/v1/governing-documents/{documentId}/repeal", Scope.NAMND,
                "/api/v1/governing-documents/{X}/repeal", "{\"decision\": dec(N)}");
        op("POST /api/v1/governing-documents/{documentId}/replace", Scope.NAMND,
                "/api/v1/governing-documents/{X}/replace", "{\"replacedBy\": \"{X}\", \"decision\": dec(N)}");

        op("POST /api/v1/indicator-values", Scope.NAMND, "/api/v1/indicator-values",
                "{\"indicatorId\": \"{I}\", \"unitId\": \"{N}\", \"period\": {\"kind\": \"YEAR\", \"year\": 2016,"
                        + " \"number\": 1}, \"value\": 71, \"source\": \"Brukarundersökning\"}");
        op("POST /api/v1/indicator-values/{valueId}/corrections", Scope.NAMND, "/api/v1/indicator-values/{V}/corrections",
                "{\"value\": 72, \"source\": \"Brukarundersökning\", \"reason\": \"Felräknat\"}");
        op("POST /api/v1/assessments", Scope.NAMND, "/api/v1/assessments",
                "{\"reportId\": \"{R}\", \"goalId\": \"{G}\", \"level\": \"PARTLY_FULFILLED\", \"analysis\": \"Analys\","
                        + " \"assessedBy\": \"Socialnämnden\"}");
        op("POST /api/v1/follow-up-reports", Scope.EXECUTIVE_BOARD, "/api/v1/follow-up-reports",
                "{\"year\": 2016, \"kind\": \"INTERIM_2\"}");
        op("POST /api/v1/follow-up-reports/{reportId}/close", Scope.EXECUTIVE_BOARD,
                "/api/v1/follow-up-reports/{R}/close", "");
        op("POST /api/v1/follow-up-reports/{reportId}/adopt", Scope.COUNCIL, "/api/v1/follow-up-reports/{R}/adopt",
                "{\"decision\": dec(KF)}");

        op("POST /api/v1/recording-rights", Scope.EXECUTIVE_BOARD, "/api/v1/recording-rights",
                "{\"grantee\": {\"kind\": \"GROUP\", \"name\": \"socialsekreterare\"}, \"unitId\": \"{N}\","
                        + " \"decision\": dec(KS)}");
        op("POST /api/v1/recording-rights/{rightId}/revoke", Scope.EXECUTIVE_BOARD,
                "/api/v1/recording-rights/{X}/revoke", "{\"decision\": dec(KS)}");

        op("POST /api/v1/budgets", Scope.COUNCIL, "/api/v1/budgets",
                "{\"year\": 2016, \"frames\": [{\"unitId\": \"{N}\", \"amount\": 1000}], \"companyTargets\": [],"
                        + " \"decision\": dec(KF)}");
        op("POST /api/v1/budgets/{budgetId}/amendments", Scope.COUNCIL, "/api/v1/budgets/{X}/amendments",
                "{\"kind\": \"SUPPLEMENTARY\", \"changes\": [], \"reason\": \"Tillägg\", \"decision\": dec(KF)}");
        op("POST /api/v1/financial-outcomes", Scope.NAMND, "/api/v1/financial-outcomes",
                "{\"outcomes\": [{\"unitId\": \"{N}\", \"period\": {\"kind\": \"MONTH\", \"year\": 2016,"
                        + " \"number\": 3}, \"amount\": 100}]}");
        op("POST /api/v1/financial-outcomes/csv", Scope.NAMND, "/api/v1/financial-outcomes/csv",
                "enhet;period;belopp\n{N};2016-03;100\n", "text/csv");
        op("POST /api/v1/financial-outcomes/sie", Scope.MAPPED_FILE, "/api/v1/financial-outcomes/sie",
                "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20170101 20171231\n#RES 0 5010 100.00\n", "application/octet-stream");
        op("POST /api/v1/forecasts", Scope.NAMND, "/api/v1/forecasts",
                "{\"unitId\": \"{N}\", \"period\": {\"kind\": \"TERTIAL\", \"year\": 2016, \"number\": 1},"
                        + " \"fullYear\": 1000, \"source\": \"Ekonomisystemet\"}");
        op("POST /api/v1/internal-control-plans", Scope.NAMND, "/api/v1/internal-control-plans",
                "{\"unitId\": \"{N}\", \"year\": 2016, \"risks\": [], \"controls\": [], \"decision\": dec(N)}");
        op("POST /api/v1/internal-control-plans/{planId}/controls/{controlId}/results", Scope.NAMND,
                "/api/v1/internal-control-plans/{X}/controls/{X}/results",
                "{\"performedOn\": \"2017-05-01\", \"result\": \"Utförd\"}");
        op("POST /api/v1/internal-control-plans/{planId}/deviations/{deviationId}/remedy", Scope.NAMND,
                "/api/v1/internal-control-plans/{X}/deviations/{X}/remedy",
                "{\"noRemedyReason\": \"Ingen åtgärd behövs\", \"decidedOn\": \"2017-05-01\"}");
        op("POST /api/v1/internal-control-plans/{planId}/report-to-executive-board", Scope.NAMND,
                "/api/v1/internal-control-plans/{X}/report-to-executive-board",
                "{\"summary\": \"Rapport\", \"decision\": dec(N)}");

        op("POST /api/v1/accountability/audit-reports", Scope.AUDITORS, "/api/v1/accountability/audit-reports",
                "{\"unitId\": \"{N}\", \"year\": 2016, \"title\": \"Granskning\", \"conclusions\": \"Slutsats\","
                        + " \"document\": {\"issuedOn\": \"2016-11-20\", \"caseNumber\": \"REV 2016/0001\"}}");
        op("POST /api/v1/accountability/audit-assessments", Scope.AUDITORS,
                "/api/v1/accountability/audit-assessments",
                "{\"unitId\": \"{N}\", \"year\": 2016, \"assessment\": \"Bedömning\", \"recommendation\":"
                        + " \"DISCHARGE\", \"document\": {\"issuedOn\": \"2017-04-02\", \"caseNumber\": \"REV 2017/0001\"}}");
        op("POST /api/v1/accountability/audit-statements", Scope.AUDITORS, "/api/v1/accountability/audit-statements",
                "{\"year\": 1985, \"summary\": \"Revisionsberättelse\", \"document\": {\"issuedOn\": \"1986-04-02\","
                        + " \"caseNumber\": \"REV 1986/0001\"}}");
        op("POST /api/v1/accountability/discharge-decisions", Scope.COUNCIL,
                "/api/v1/accountability/discharge-decisions",
                "{\"unitId\": \"{N}\", \"year\": 2016, \"outcome\": \"GRANTED\", \"decision\": dec(KF)}");
        op("POST /api/v1/presidia", Scope.COUNCIL, "/api/v1/presidia",
                "{\"unitId\": \"{N}\", \"term\": {\"startsOn\": \"2015-01-01\", \"endsOn\": \"2018-12-31\"},"
                        + " \"officeHolders\": [{\"name\": \"Anna Andersson\", \"role\": \"CHAIR\"}], \"decision\": dec(KF)}");

        op("POST /api/v1/indicator-values/batch", Scope.NAMND, "/api/v1/indicator-values/batch",
                "[{\"indicatorId\": \"{I}\", \"unitId\": \"{N}\", \"period\": {\"kind\": \"YEAR\", \"year\": 2015,"
                        + " \"number\": 1}, \"value\": 70, \"source\": \"Kolada N00002\"}]");
        op("POST /api/v1/admin/kolada-import", Scope.ADMIN_OPERATION, "/api/v1/admin/kolada-import", "");

        op("POST /api/v1/admin/dead-letters/{processingGroup}/retry", Scope.ADMIN_OPERATION,
                "/api/v1/admin/dead-letters/no-such-processor/retry", "");
        op("POST /api/v1/admin/rebuild", Scope.ADMIN_OPERATION, "/api/v1/admin/rebuild", "");
    }

    /** The kommun the matrix records in: FollowUpKommun's nämnd with its effektmål, plus KS and another nämnd. */
    private record World(Map<String, String> ids) {

        String fill(String template) {
            String text = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                text = text.replace("dec(" + id.getKey() + ")", decision(UUID.fromString(id.getValue()), "2024-01-10"))
                        .replace("{" + id.getKey() + "}", id.getValue());
            }
            return text;
        }
    }

    /** One kommun for the class: reports are one per year and kind in the whole ledger. */
    private static World world;

    private World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    private World build() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Fler unga i egen försörjning");
        UUID board = kommun.created("/api/v1/units", """
                {"name": "Kommunstyrelsen", "kind": "EXECUTIVE_BOARD", "parentId": "%s", "decision": %s}"""
                .formatted(kommun.council, decision(kommun.council, "2014-10-20")));
        UUID other = kommun.created("/api/v1/units", """
                {"name": "Tekniska nämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}"""
                .formatted(kommun.council, decision(kommun.council, "2014-12-15")));
        UUID value = kommun.value("YEAR", 1, "55", "null");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("N", kommun.committee.toString());
        ids.put("KS", board.toString());
        ids.put("KF", kommun.council.toString());
        ids.put("M", other.toString());
        ids.put("G", kommun.effectGoal.toString());
        ids.put("A", kommun.activity.toString());
        ids.put("V", value.toString());
        ids.put("I", kommun.indicator.toString());
        // The årsredovisning: the year's delårsrapporter belong to other tests of the same ledger (R-20).
        ids.put("R", kommun.report("ANNUAL").toString());
        ids.put("X", UUID.randomUUID().toString());
        return new World(ids);
    }

    /** Every write operation of the OpenAPI document, as "METHOD path". */
    private Set<String> writeOperations() {
        JsonNode paths = api().anonymous().get("/v3/api-docs").expect(200).body().get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private HttpApi.Answer send(HttpApi caller, World world, String key) {
        Operation operation = MATRIX.get(key);
        String method = key.substring(0, key.indexOf(' '));
        assertThat(method).as("the matrix sends POSTs; teach it %s", method).isEqualTo("POST");
        String body = world.fill(operation.body());
        assertThat(body).as(key).doesNotContain("{N}", "{G}", "dec(");
        return caller.post(world.fill(operation.path()), operation.contentType(), body);
    }

    @Test
    void everyWriteOperationIsInTheMatrix() {
        Set<String> documented = writeOperations();

        assertThat(documented).as("write operations without a row in the rights matrix (R-32): say which unit each"
                + " records for").isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet()).as("rows for operations the API no longer has").isSubsetOf(documented);
    }

    @Test
    void everyWriteOperationAnswersEachCallerAsTheRightsMatrixSaysUnderR32() {
        World world = world();
        List<String> wrong = new ArrayList<>();
        HttpApi clerk = api().as("matrix-clerk", "clerk-pass");
        HttpApi operator = api().as("operator", "operator-pass");
        grant("matrix-clerk", world.ids().get("M"), world);

        for (String key : writeOperations()) {
            Scope scope = MATRIX.get(key).scope();
            check(wrong, key, "anonymous", send(api().anonymous(), world, key), 401, false);
            if (scope == Scope.AUDITORS) {
                // Only the revisor role records the revisorer's documents; a right for any unit does not help.
                check(wrong, key, "RECORDER", send(clerk, world, key), 403, false);
                check(wrong, key, "ADMIN", send(operator, world, key), 403, false);
                allowed(wrong, key, "AUDITOR only", send(api().as("revisor", "revisor-pass"), world, key));
                continue;
            }
            check(wrong, key, "AUDITOR only", send(api().as("revisor", "revisor-pass"), world, key), 403, false);
            if (scope == Scope.MAPPED_FILE) {
                check(wrong, key, "RECORDER (unmapped file)", send(clerk, world, key), 400, false);
            } else {
                check(wrong, key, "RECORDER without a right for the unit", send(clerk, world, key), 403,
                        scope != Scope.ADMIN_OPERATION);
            }
        }

        grant("matrix-clerk", world.ids().get("N"), world);
        grant("matrix-clerk", world.ids().get("KS"), world);
        grant("matrix-clerk", world.ids().get("KF"), world);
        for (String key : writeOperations()) {
            if (MATRIX.get(key).scope() == Scope.AUDITORS) {
                check(wrong, key, "RECORDER with a right for the unit", send(clerk, world, key), 403, false);
                continue;
            }
            HttpApi.Answer answer = send(clerk, world, key);
            if (MATRIX.get(key).scope() == Scope.ADMIN_OPERATION) {
                check(wrong, key, "RECORDER with a right for the unit", answer, 403, false);
            } else {
                allowed(wrong, key, "RECORDER with a right for the unit", answer);
            }
        }

        for (String key : writeOperations()) {
            if (MATRIX.get(key).scope() == Scope.AUDITORS) {
                continue;
            }
            HttpApi.Answer answer = send(operator, world, key);
            if (MATRIX.get(key).scope() == Scope.ADMIN_OPERATION) {
                allowed(wrong, key, "ADMIN without a grant", answer);
            } else if (MATRIX.get(key).scope() == Scope.MAPPED_FILE) {
                check(wrong, key, "ADMIN (unmapped file)", answer, 400, false);
            } else {
                check(wrong, key, "ADMIN without a grant", answer, 403, true);
            }
        }
        Rebuilding.awaitEnd(api(), api().get("/api/v1/admin/rebuild").expect(200).body().get("generation").asLong());

        assertThat(wrong).as("operations that answered a caller otherwise than the rights matrix says").isEmpty();
    }

    @Test
    void anAuditorOnlyAccountIsRefusedEveryWriteButItsOwnDocumentsAndNothingIsRecorded() {
        World world = world();
        long before = eventCount();
        List<String> wrong = new ArrayList<>();

        for (String key : writeOperations()) {
            if (MATRIX.get(key).scope() == Scope.AUDITORS) {
                continue;
            }
            check(wrong, key, "AUDITOR only", send(api().as("revisor", "revisor-pass"), world, key), 403, false);
        }

        assertThat(wrong).isEmpty();
        assertThat(eventCount()).isEqualTo(before);
    }

    private void grant(String account, String unit, World world) {
        api().post("/api/v1/recording-rights", world.fill("""
                {"grantee": {"kind": "ACCOUNT", "name": "%s"}, "unitId": "%s", "includesSubunits": false,
                 "decision": dec(KS)}""".formatted(account, unit))).expect(201);
    }

    private static void check(List<String> wrong, String key, String caller, HttpApi.Answer answer, int status,
                              boolean namesR32) {
        if (answer.status() != status) {
            wrong.add(key + " as " + caller + ": " + answer.status() + " (expected " + status + ") " + answer.text());
        } else if (namesR32 && !answer.text().contains("\"rule\":\"R-32\"")) {
            wrong.add(key + " as " + caller + ": 403 without rule R-32: " + answer.text());
        }
    }

    private static void allowed(List<String> wrong, String key, String caller, HttpApi.Answer answer) {
        if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
            wrong.add(key + " as " + caller + ": " + answer.status() + " (expected allowed) " + answer.text());
        }
    }
}
