package se.styrledger.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import se.styrledger.app.HttpApi;
import se.styrledger.app.LedgerHttpTest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The required fields the OpenAPI document marks are the ones the code requires, both ways: a valid request without a
 * field the document marks required is refused (400 or 422) naming that field and records nothing; a valid request
 * without a field the document leaves optional is not refused for it. Run over the röd tråd's commands, whose
 * request schemas state their fields (and the shared Decision schema, R-31). The valid bodies leave out the optional
 * client-chosen ids, since a request without another optional field records with them.
 */
class RequiredFieldsContractTest extends LedgerHttpTest {

    private JsonNode document;
    private final List<String> mismatches = new ArrayList<>();

    @Test
    void theDocumentsRequiredFieldsAreTheOnesTheLedgerRequires() throws Exception {
        document = api().anonymous().get("/v3/api-docs").expect(200).body();
        UUID council = council();
        UUID committee = created("/api/v1/units", """
                {"name": "Miljönämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}"""
                .formatted(council, decision(council, "2014-12-15")));

        UUID vision = probe("/api/v1/visions", """
                {"text": "Kontraktskommunen växer hållbart.", "decision": %s}"""
                .formatted(decision(council, "2015-06-15")));
        UUID direction = probe("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Hållbar tillväxt", "themes": ["miljö"],
                 "decision": %s}""".formatted(vision, decision(council, "2015-06-15")));
        UUID directionGoal = probe("/api/v1/direction-goals", """
                {"directionId": "%s", "title": "Ett renare samhälle", "description": "Mindre skräp",
                 "fromYear": 2023, "toYear": 2026, "decision": %s}"""
                .formatted(direction, decision(council, "2022-06-20")));
        UUID effectGoal = probe("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": 2024, "title": "Mindre nedskräpning",
                 "targetGroup": "Kommuninvånarna", "intendedEffect": "Mindre nedskräpning i parkerna",
                 "directionGoalIds": ["%s"], "imposedByCouncil": false, "decision": %s}"""
                .formatted(committee, directionGoal, decision(committee, "2023-10-16")));
        probe("/api/v1/effect-goals/" + effectGoal + "/revise", """
                {"title": "Mindre nedskräpning i parker", "targetGroup": "Kommuninvånarna",
                 "intendedEffect": "Mindre nedskräpning", "decision": %s}""".formatted(decision(committee, "2023-11-13")));
        probe("/api/v1/visions/" + vision + "/withdraw", """
                {"reason": "Ersätts", "decision": %s}""".formatted(decision(council, "2016-06-15")));

        assertThat(mismatches).isEmpty();
    }

    private UUID created(String path, String body) {
        return UUID.fromString(api().post(path, body).expect(201).body().get("id").asText());
    }

    /**
     * Sends {@code valid} once without each of its fields (and each of its decision's), checks each answer against
     * what the document marks, and finally sends it whole. Returns the id the whole request recorded.
     */
    private UUID probe(String path, String valid) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(valid);
        JsonNode schema = requestSchema(path);
        Set<String> required = names(schema.path("required"));
        for (String field : names(schema.path("properties"))) {
            check(path, body, field, null, required.contains(field));
        }
        if (body.has("decision")) {
            JsonNode decision = document.at("/components/schemas/Decision");
            Set<String> decisionRequired = names(decision.path("required"));
            for (Iterator<String> it = body.get("decision").fieldNames(); it.hasNext(); ) {
                String field = it.next();
                check(path, body, "decision", field, decisionRequired.contains(field));
            }
        }
        HttpApi.Answer whole = api().post(path, body.toString());
        assertThat(whole.status()).as("the whole request to %s: %s", path, whole.text()).isBetween(200, 201);
        return UUID.fromString(whole.body().get("id").asText());
    }

    private void check(String path, ObjectNode valid, String field, String nested, boolean required) {
        ObjectNode without = valid.deepCopy();
        if (nested == null) {
            without.remove(field);
        } else {
            ((ObjectNode) without.get(field)).remove(nested);
        }
        String name = nested == null ? field : field + "." + nested;
        long events = eventCount();
        HttpApi.Answer answer = api().post(path, without.toString());
        boolean refusedForIt = (answer.status() == 400 || answer.status() == 422)
                && answer.body().path("field").asText().startsWith(name);
        if (required && !refusedForIt) {
            mismatches.add(path + ": the document marks '" + name + "' required, but without it the answer was "
                    + answer.status() + " " + answer.text());
        }
        if (required && eventCount() != events) {
            mismatches.add(path + ": a request without '" + name + "' recorded events");
        }
        if (!required && answer.status() >= 400 && answer.body().path("field").asText().startsWith(name)) {
            mismatches.add(path + ": the ledger requires '" + name + "', which the document leaves optional: "
                    + answer.text());
        }
    }

    /** The schema of the operation's JSON request body, following its $ref. */
    private JsonNode requestSchema(String path) {
        String template = path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "*");
        for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            if (candidate.replaceAll("\\{[^}]+}", "*").equals(template)) {
                JsonNode schema = document.get("paths").get(candidate)
                        .at("/post/requestBody/content/application~1json/schema");
                return document.at(schema.get("$ref").asText().substring(1));
            }
        }
        throw new AssertionError("no operation for " + path);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
