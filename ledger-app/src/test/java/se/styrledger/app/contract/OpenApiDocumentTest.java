package se.styrledger.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import se.styrledger.app.LedgerHttpTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.json is the contract partners generate clients from (docs/integration.md), so it must be exactly what
 * the ledger serves at /v3/api-docs. After a deliberate change to the API, regenerate it with
 * {@code ./mvnw -o -pl ledger-app -am verify -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dstyrledger.openapi.write=true} and review the diff like code.
 */
class OpenApiDocumentTest extends LedgerHttpTest {

    /** The committed document, from the module directory surefire runs in. */
    public static final Path COMMITTED = Path.of("..", "docs", "openapi.json");

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        JsonNode served = api().anonymous().get("/v3/api-docs").expect(200).body();
        if (Boolean.getBoolean("styrledger.openapi.write")) {
            Files.writeString(COMMITTED, json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(json.treeToValue(served, Object.class))
                    + "\n");
        }
        JsonNode committed = json.readTree(COMMITTED.toFile());
        assertThat(differences("", committed, served))
                .as("docs/openapi.json differs from /v3/api-docs; regenerate with -Dstyrledger.openapi.write=true")
                .isEmpty();
    }

    @Test
    void everyOperationDocumentsItsErrorsAndHasADescription() throws IOException {
        JsonNode document = api().anonymous().get("/v3/api-docs").expect(200).body();
        List<String> gaps = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.path("description").asText().isBlank()) {
                gaps.add(name + ": no description");
            }
            boolean command = !op.getKey().equals("get");
            for (String status : command ? List.of("400", "401", "403", "409", "413", "415", "422", "503")
                    : List.of("400", "503")) {
                if (!operation.path("responses").has(status)) {
                    gaps.add(name + ": " + status + " undocumented");
                }
            }
            if (command && !operation.toString().contains("#/components/parameters/IdempotencyKey")) {
                gaps.add(name + ": no Idempotency-Key");
            }
            if (command && !operation.has("security")) {
                gaps.add(name + ": no security requirement");
            }
            // A parameter listed twice makes the document invalid for OpenAPI Generator (and any validator).
            Set<String> parameters = new HashSet<>();
            operation.path("parameters").forEach(parameter -> {
                String key = parameter.path("in").asText() + " " + parameter.path("name").asText();
                if (parameter.has("name") && !parameters.add(key)) {
                    gaps.add(name + ": parameter " + key + " listed twice");
                }
            });
        }));
        assertThat(gaps).isEmpty();
        JsonNode example = document.at("/components/responses/UnprocessableEntity/content/application~1problem+json"
                + "/examples/UnprocessableEntity/value");
        assertThat(example.path("rule").asText()).matches("R-[0-9]+");
        assertThat(example.path("detail").asText()).contains("dagens datum");
    }

    /** Paths (JSON pointers) where the two documents differ, so a failure says where rather than dumping both. */
    private static List<String> differences(String at, JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            expected.fieldNames().forEachRemaining(name -> {
                if (!actual.has(name)) {
                    found.add(at + "/" + name + " is gone");
                } else {
                    found.addAll(differences(at + "/" + name, expected.get(name), actual.get(name)));
                }
            });
            actual.fields().forEachRemaining((Map.Entry<String, JsonNode> field) -> {
                if (!expected.has(field.getKey())) {
                    found.add(at + "/" + field.getKey() + " is new");
                }
            });
        } else if (!expected.equals(actual)) {
            found.add(at + " changed");
        }
        return found.size() > 20 ? found.subList(0, 20) : found;
    }
}
