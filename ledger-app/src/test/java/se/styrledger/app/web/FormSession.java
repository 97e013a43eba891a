package se.styrledger.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at the pages without a browser: real HTTP with a cookie jar, signed in through the login form (with its
 * CSRF token) like a browser is, redirects not followed so each answer can be checked.
 */
final class FormSession {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final String base;
    private final HttpClient client;

    FormSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through /logga-in; fails unless the login form accepts the account. */
    FormSession signIn(String user, String password) {
        Map<String, String> hidden = hidden(get("/logga-in").body());
        HttpResponse<String> answer = post("/logga-in", Map.of("username", user, "password", password,
                "_csrf", hidden.get("_csrf")));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("fel");
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
    }

    /** A form post with fields in order; a field may repeat (checkboxes). */
    HttpResponse<String> post(String path, List<List<String>> fields) {
        String body = fields.stream().map(f -> URLEncoder.encode(f.get(0), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.get(1), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The hidden fields of a page's forms (the CSRF token, the idempotency key), by name; the last one wins. */
    static Map<String, String> hidden(String html) {
        Matcher m = HIDDEN.matcher(html);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
