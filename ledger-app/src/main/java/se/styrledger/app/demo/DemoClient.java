package se.styrledger.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Records demo data over the ledger's own HTTP API. Ids are derived from names and every request carries an
 * Idempotency-Key derived from its content, so loading the demo twice records nothing new.
 */
public final class DemoClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;
    private final ObjectMapper json;
    private long lastPosition;

    public DemoClient(String baseUrl, String username, String password, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.json = json;
    }

    /** The stable id of a named demo entity, e.g. {@code id("unit:Socialnämnden")}. */
    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("styrledger-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs a JSON body; fails loudly on anything but 200/201, since demo data must load whole. */
    public JsonNode post(String path, Object body) {
        try {
            byte[] content = json.writeValueAsBytes(body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "demo-" + UUID.nameUUIDFromBytes(
                            (path + new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new IllegalStateException("Demo request POST " + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            JsonNode answer = json.readTree(response.body());
            if (answer.has("position")) {
                lastPosition = Math.max(lastPosition, answer.get("position").asLong());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("Demo request POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The position of the newest event the demo recorded: pass it as minPosition to read it back. */
    public long lastPosition() {
        return lastPosition;
    }
}
