package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small HTTP client for tests: real requests to the running server, answers parsed as JSON. Every answer is checked
 * against the OpenAPI document (ApiContractCheck).
 */
public final class HttpApi {

    private final String base;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> headers = new LinkedHashMap<>();

    HttpApi(String base, ObjectMapper json) {
        this.base = base;
        this.json = json;
        as("demo", "demo");
    }

    public String base() {
        return base;
    }

    public HttpApi as(String user, String password) {
        headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public HttpApi anonymous() {
        headers.remove("Authorization");
        return this;
    }

    public HttpApi header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String body) {
        return post(path, "application/json", body);
    }

    public Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            ApiContractCheck.check(base, json, client, built.method(), built.uri(), response);
            return new Answer(response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(HttpResponse<String> response, ObjectMapper json) {

        public int status() {
            return response.statusCode();
        }

        public String text() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode body() {
            try {
                return json.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Answer expect(int status) {
            assertThat(status()).as("status of answer %s", response.body()).isEqualTo(status);
            return this;
        }

        /** Asserts a problem+json answer with the given status, and returns its body. */
        public JsonNode problem(int status) {
            expect(status);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = body();
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("title").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
            return problem;
        }
    }
}
