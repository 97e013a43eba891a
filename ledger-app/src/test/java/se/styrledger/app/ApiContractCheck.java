package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as a contract, checked on every answer any test gets through HttpApi: the answer's status must
 * be one the document lists for that operation, and a problem+json body must have the Problem schema's required
 * fields with their types. So a behaviour the document does not describe fails the test that provoked it, and a
 * partner's generated client never meets an answer it was not told of. Requests the document has no operation for
 * (pages, actuator, a method the path does not take) are not checked here.
 */
final class ApiContractCheck {

    /** One document per running ledger (the servers tests start differ in configuration, not in API). */
    private static final Map<String, Optional<JsonNode>> DOCUMENTS = new ConcurrentHashMap<>();

    private ApiContractCheck() {
    }

    static void check(String base, ObjectMapper json, HttpClient client, String method, URI uri,
                      HttpResponse<String> response) {
        if (!uri.getPath().startsWith("/api/")) {
            return;
        }
        Optional<JsonNode> document = DOCUMENTS.get(base);
        if (document == null) {
            // Not cached when unavailable (a ledger still starting), so a later answer is checked.
            document = fetch(base, json, client);
            if (document.isEmpty()) {
                return;
            }
            DOCUMENTS.put(base, document);
        }
        JsonNode operation = operation(document.get().get("paths"), method.toLowerCase(), uri.getPath());
        if (operation == null) {
            return;
        }
        String status = String.valueOf(response.statusCode());
        assertThat(operation.path("responses").has(status) || operation.path("responses").has("default"))
                .as("the OpenAPI document lists %s for %s %s (answer: %s)", status, method, uri.getPath(),
                        response.body())
                .isTrue();
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            problem(json, response);
        }
    }

    /** The Problem schema of the document (ApiContract): type, title, status and detail, field and rule if given. */
    private static void problem(ObjectMapper json, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("problem+json that is not JSON: " + response.body(), e);
        }
        assertThat(body.path("type").isTextual()).as("problem has a type: %s", body).isTrue();
        assertThat(body.path("title").isTextual()).as("problem has a title: %s", body).isTrue();
        assertThat(body.path("detail").isTextual()).as("problem has a detail: %s", body).isTrue();
        assertThat(body.path("status").asInt()).as("problem's status: %s", body).isEqualTo(response.statusCode());
        if (body.has("field")) {
            assertThat(body.get("field").isTextual()).as("problem's field is text: %s", body).isTrue();
        }
        if (body.has("rule")) {
            assertThat(body.get("rule").asText()).as("problem's rule: %s", body).matches("R-[0-9]+");
        }
    }

    /** The operation whose path template matches, preferring literal segments ("/batch") over variables. */
    private static JsonNode operation(JsonNode paths, String method, String path) {
        String[] segments = path.split("/", -1);
        JsonNode best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String[] template = entry.getKey().split("/", -1);
            if (template.length != segments.length || !entry.getValue().has(method)) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    matches = !segments[i].isEmpty();
                } else {
                    matches = template[i].equals(segments[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = entry.getValue().get(method);
                bestLiterals = literals;
            }
        }
        return best;
    }

    private static Optional<JsonNode> fetch(String base, ObjectMapper json, HttpClient client) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(json.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
