package se.styrledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One benchmark client of the public API, as an integration would call it: JSON over HTTP with basic auth and an
 * Idempotency-Key on every command. Safe to share between threads.
 */
final class LedgerClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;
    private final ObjectMapper json;
    private final AtomicLong lastPosition = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();

    LedgerClient(String baseUrl, String username, String password, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.json = json;
    }

    /** Sends a command (or a 202 request); anything else stops the run, since a dataset must load whole. */
    JsonNode post(String path, Object body) {
        try {
            byte[] content = json.writeValueAsBytes(body);
            return post(path, content, "bench-" + UUID.nameUUIDFromBytes(
                    (path + new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    /**
     * Sends a request that must act again each time it is sent, such as a rebuild: a fresh Idempotency-Key, since
     * the ledger answers a repeated key with the stored answer of the first request (on a reused data directory,
     * that of an earlier run) and does nothing.
     */
    JsonNode postAgain(String path) {
        return post(path, "null".getBytes(StandardCharsets.UTF_8), "bench-" + UUID.randomUUID());
    }

    private JsonNode post(String path, byte[] content, String idempotencyKey) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 201 && response.statusCode() != 202) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            commands.incrementAndGet();
            JsonNode answer = json.readTree(response.body());
            lastPosition.accumulateAndGet(answer.path("position").asLong(), Math::max);
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a query and returns the status; the body is read whole, as a client would. */
    int get(String pathAndQuery) {
        return get(pathAndQuery, Map.of());
    }

    /** GETs a query with extra request headers (e.g. If-None-Match) and returns the status. */
    int get(String pathAndQuery, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                    .header("Authorization", authorization)
                    .GET();
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs JSON that must be there. */
    JsonNode getJson(String pathAndQuery) {
        HttpResponse<String> response = getText(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return read(pathAndQuery, response.body());
    }

    /** GETs JSON whatever the status: a health component answers 503 with the same body when it is not UP. */
    JsonNode getAnyJson(String pathAndQuery) {
        return read(pathAndQuery, getText(pathAndQuery).body());
    }

    private HttpResponse<String> getText(String pathAndQuery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                    .header("Authorization", authorization)
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String pathAndQuery, String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered no JSON: " + body, e);
        }
    }

    long lastPosition() {
        return lastPosition.get();
    }

    long commands() {
        return commands.get();
    }
}
