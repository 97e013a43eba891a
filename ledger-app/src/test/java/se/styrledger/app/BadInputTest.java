package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint, found in the OpenAPI document (every POST or PUT with a request body, so endpoints added
 * later are covered without touching this test), is sent every kind of bad input. Every answer must be a 4xx
 * problem+json without a stack trace, and the event store must be exactly as it was.
 */
class BadInputTest extends LedgerHttpTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final int HUGE_STRING = 100_000;
    private static final int HUGE_BODY = 300_000;

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE domain_event_entry; --", "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd");
    private static final List<String> BAD_DATES = List.of(
            "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2023-02-30", "2024-13-01", "24-01-01",
            "yesterday", "2019-06-17T00:00:00Z", "");
    private static final List<String> MALFORMED_IDS = List.of(
            "not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g", "x".repeat(300), "' OR '1'='1",
            "<script>alert(1)</script>");
    private static final List<String> MALFORMED_JSON = List.of(
            "", "{", "}", "{\"name\": ", "[1, 2", "{'name': 'x'}", "{\"name\": \"x\",}", "{\"name\" \"x\"}", "nul",
            "{\"name\": \"\\u12\"}", "[".repeat(5_000), "{\"a\":".repeat(2_000));
    private static final List<String> WRONG_ROOTS = List.of("[]", "\"text\"", "42", "null", "true", "[{}]");
    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/octet-stream", "text/html", "application/json-patch+json");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    record Endpoint(String method, String path, JsonNode schema) {
    }

    @Test
    void everyCommandEndpointRefusesEveryKindOfBadInputAndRecordsNothing() {
        JsonNode document = api().anonymous().get("/v3/api-docs").expect(200).body();
        List<Endpoint> endpoints = commandEndpoints(document);
        assertThat(endpoints).as("command endpoints found in the OpenAPI document")
                .extracting(Endpoint::path).contains("/api/v1/units", "/api/v1/units/{unitId}/rename");
        long events = eventCount();
        long keys = jdbc.queryForObject("SELECT count(*) FROM idempotency_key", Long.class);

        List<String> arrayBodies = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!(sample(endpoint.schema(), document) instanceof ObjectNode body)) {
                // A batch takes a list of items; its refusals name each item (ValueBatchEndToEndTest).
                arrayBodies.add(endpoint.path());
                continue;
            }
            String path = withIds(endpoint.path(), () -> UUID.randomUUID().toString());
            if (!path.equals(endpoint.path())) {
                for (String id : MALFORMED_IDS) {
                    send(endpoint, withIds(endpoint.path(), () -> id), "application/json", body.toString(), null);
                }
            }
            for (String text : MALFORMED_JSON) {
                send(endpoint, path, "application/json", text, null);
            }
            for (String text : WRONG_ROOTS) {
                send(endpoint, path, "application/json", text, null);
            }
            send(endpoint, path, "application/json", "{}", null);
            send(endpoint, path, "application/json", bytes(new byte[]{(byte) 0xC3, (byte) 0x28, '{', '}'}), null);
            send(endpoint, path, "application/json", "x".repeat(HUGE_BODY), null);
            send(endpoint, path, "application/json", "{\"name\": \"" + "x".repeat(HUGE_BODY) + "\"}", null);
            for (String contentType : WRONG_CONTENT_TYPES) {
                send(endpoint, path, contentType, body.toString(), null);
            }
            send(endpoint, path, null, body.toString(), null);
            send(endpoint, path, "application/json", body.toString(), "'; DROP TABLE idempotency_key; --");
            send(endpoint, path, "application/json", body.toString(), "k".repeat(201));

            ObjectNode unknown = body.deepCopy();
            unknown.put("unknownField", 1);
            send(endpoint, path, "application/json", unknown.toString(), null);

            for (Leaf leaf : leaves(endpoint.schema(), document)) {
                leaf.replaceIn(body, NODES.arrayNode().add(1), variant -> send(endpoint, path, variant));
                if (leaf.isObject()) {
                    leaf.replaceIn(body, NODES.textNode("x"), variant -> send(endpoint, path, variant));
                    ObjectNode nested = leaf.valueIn(body).deepCopy();
                    nested.put("unknownField", 1);
                    leaf.replaceIn(body, nested, variant -> send(endpoint, path, variant));
                    continue;
                }
                leaf.replaceIn(body, NODES.objectNode(), variant -> send(endpoint, path, variant));
                if (leaf.isFreeText()) {
                    leaf.replaceIn(body, NODES.textNode("x".repeat(HUGE_STRING)), variant -> send(endpoint, path, variant));
                    // U+0000 fits in the event's JSON but not in PostgreSQL's text: it must be refused up front.
                    leaf.replaceIn(body, NODES.textNode("före\0efter"), variant -> send(endpoint, path, variant));
                    continue;
                }
                List<String> bad = new ArrayList<>(INJECTIONS);
                if ("date".equals(leaf.format())) {
                    bad.addAll(BAD_DATES);
                }
                if ("uuid".equals(leaf.format())) {
                    bad.addAll(MALFORMED_IDS);
                }
                for (String value : bad) {
                    leaf.replaceIn(body, NODES.textNode(value), variant -> send(endpoint, path, variant));
                }
            }
        }

        System.out.println("BadInputTest sent " + sent + " requests");
        assertThat(failures).as("answers that were not 4xx problem+json (of %d requests)", sent).isEmpty();
        assertThat(arrayBodies).as("endpoints whose body is a list").containsExactly("/api/v1/indicator-values/batch");
        assertThat(eventCount()).as("the event store is unchanged").isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key", Long.class)).isEqualTo(keys);
    }

    @Test
    void injectionStringsInFreeTextAreKeptAsTextAndHarmNothing() {
        String name = "Robert'); DROP TABLE domain_event_entry; -- <script>alert('x')</script>";
        JsonNode created = api().post("/api/v1/units", """
                {"name": %s, "kind": "COUNCIL",
                 "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                """.formatted(NODES.textNode(name))).expect(201).body();

        JsonNode unit = api().get("/api/v1/units/" + created.get("id").asText() + "?minPosition="
                + created.get("position").asLong()).expect(200).body();

        assertThat(unit.get("name").asText()).isEqualTo(name);
        assertThat(eventCount()).isPositive();
    }

    /** Every POST or PUT that takes a JSON body. */
    private static List<Endpoint> commandEndpoints(JsonNode document) {
        List<Endpoint> endpoints = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                    .path("schema");
            if ((op.getKey().equals("post") || op.getKey().equals("put")) && !schema.isMissingNode()) {
                endpoints.add(new Endpoint(op.getKey().toUpperCase(), path.getKey(), schema));
            }
        }));
        return endpoints;
    }

    private static String withIds(String path, java.util.function.Supplier<String> id) {
        Matcher matcher = PATH_VARIABLE.matcher(path);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(
                    URLEncoder.encode(id.get(), StandardCharsets.UTF_8).replace("+", "%20")));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.get("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.get("components").get("schemas").get(name);
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
            return resolve(resolved.get("allOf").get(0), document);
        }
        return resolved;
    }

    /**
     * A body shaped like the schema: every id a fresh random UUID (so it names nothing that exists), dates, enum
     * values and short texts. It is only a base for the variants; it is never sent itself.
     */
    private static JsonNode sample(JsonNode schema, JsonNode document) {
        JsonNode s = resolve(schema, document);
        String type = s.path("type").asText("object");
        if (s.has("properties") || type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), document)));
            return object;
        }
        if (s.has("enum")) {
            return NODES.textNode(s.get("enum").get(0).asText());
        }
        return switch (type) {
            case "array" -> NODES.arrayNode().add(sample(s.path("items"), document));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (s.path("format").asText("")) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2019-06-17");
                case "date-time" -> NODES.textNode("2019-06-17T10:00:00Z");
                default -> NODES.textNode("Text");
            };
        };
    }

    /** A field of the body, addressed by its path of property names. */
    record Leaf(List<String> path, JsonNode schema) {

        boolean isObject() {
            return schema.has("properties") || schema.path("type").asText("").equals("object");
        }

        boolean isFreeText() {
            return schema.path("type").asText("").equals("string") && !schema.has("enum") && !schema.has("format");
        }

        String format() {
            return schema.path("format").asText("");
        }

        ObjectNode valueIn(ObjectNode body) {
            JsonNode node = body;
            for (String name : path) {
                node = node.get(name);
            }
            return (ObjectNode) node;
        }

        void replaceIn(ObjectNode body, JsonNode value, Consumer<String> send) {
            ObjectNode copy = body.deepCopy();
            ObjectNode parent = copy;
            for (String name : path.subList(0, path.size() - 1)) {
                parent = (ObjectNode) parent.get(name);
            }
            parent.set(path.get(path.size() - 1), value);
            send.accept(copy.toString());
        }
    }

    private static List<Leaf> leaves(JsonNode schema, JsonNode document) {
        List<Leaf> leaves = new ArrayList<>();
        collect(resolve(schema, document), document, List.of(), leaves);
        return leaves;
    }

    private static void collect(JsonNode schema, JsonNode document, List<String> path, List<Leaf> leaves) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            List<String> at = new ArrayList<>(path);
            at.add(property.getKey());
            JsonNode resolved = resolve(property.getValue(), document);
            leaves.add(new Leaf(at, resolved));
            if (resolved.has("properties")) {
                collect(resolved, document, at, leaves);
            }
        }
    }

    private void send(Endpoint endpoint, String path, String body) {
        send(endpoint, path, "application/json", body, null);
    }

    private static final String RAW = "raw:";

    private static String bytes(byte[] raw) {
        return RAW + Base64.getEncoder().encodeToString(raw);
    }

    private void send(Endpoint endpoint, String path, String contentType, String body, String idempotencyKey) {
        byte[] payload = body.startsWith(RAW) ? Base64.getDecoder().decode(body.substring(RAW.length()))
                : body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api().base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes()))
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(payload));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        sent++;
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String problem = problemOf(response);
            if (problem != null) {
                failures.add(endpoint.method() + " " + abbreviate(path) + " [" + contentType + "] "
                        + abbreviate(body) + " → " + response.statusCode() + ": " + problem);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What is wrong with an answer, or null if it is a proper 4xx problem+json. */
    private String problemOf(HttpResponse<String> response) {
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            return "status " + response.statusCode() + " " + abbreviate(response.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "content type " + response.headers().firstValue("Content-Type").orElse("none");
        }
        if (response.body().contains("Exception") || response.body().contains("\tat ")) {
            return "stack trace " + abbreviate(response.body());
        }
        try {
            JsonNode problem = json.readTree(response.body());
            if (problem.path("status").asInt() != response.statusCode() || problem.path("title").asText().isBlank()) {
                return "incomplete problem " + abbreviate(response.body());
            }
        } catch (IOException e) {
            return "not JSON " + abbreviate(response.body());
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }
}
