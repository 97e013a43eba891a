package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.idp.KommunIdentityProvider;
import se.styrledger.platform.testing.TestDatabase;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.idp.KommunIdentityProvider.API_AUDIENCE;

/**
 * Kommun login against a real OpenID Connect provider (Spring Authorization Server, KommunIdentityProvider) on a
 * loopback port, and the whole ledger started as an operator starts it, pointed at the provider by configuration:
 * bearer tokens on the API beside HTTP Basic, and a browser's authorization code flow with PKCE, walked by a real
 * HTTP client that follows the redirects, posts the provider's login form and keeps each host's cookies.
 */
class KommunLoginTest {

    private static final String UNIT = """
            {"name": "Kommunfullmäktige", "kind": "COUNCIL",
             "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}""";

    private static KommunIdentityProvider.Running provider;
    private static KommunIdentityProvider.Running otherProvider;
    private static RunningLedger ledger;
    private static String base;
    private static final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        provider = KommunIdentityProvider.start();
        otherProvider = KommunIdentityProvider.start();
        ledger = RunningLedger.start(
                "--styrledger.embedded-postgres.data-directory=" + TestDatabase.freshDirectory(),
                "--styrledger.security.oidc.issuer-uri=" + provider.issuer(),
                "--styrledger.security.oidc.audiences=" + API_AUDIENCE,
                "--styrledger.security.oidc.client-id=" + KommunIdentityProvider.WEB_CLIENT,
                "--styrledger.security.oidc.claims.roles=groups",
                "--styrledger.security.oidc.role-mapping[styrledger-registratorer]=RECORDER",
                "--styrledger.security.oidc.role-mapping[styrledger-revisorer]=AUDITOR",
                "--styrledger.security.oidc.clock-skew=0s",
                // The registratorer of the kommun's directory get the first right as a group, and the local
                // demo account keeps its own.
                "--styrledger.recording-rights.bootstrap.groups=styrledger-registratorer",
                "--styrledger.recording-rights.bootstrap.accounts=demo");
        base = "http://127.0.0.1:" + ledger.context.getEnvironment().getProperty("local.server.port");
        provider.registerWebClient(base + "/login/oauth2/code/kommun");
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable running : new AutoCloseable[]{ledger, provider, otherProvider}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theApiTakesTheProvidersTokenWithTheMappedRoleAndRecordsThePersonsId() throws Exception {
        String recorder = token(provider, KommunIdentityProvider.RECORDER_CLIENT);

        HttpResponse<String> created = send(post("/api/v1/units", UNIT).header("Authorization", "Bearer " + recorder));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String unit = json.readTree(created.body()).get("id").asText();
        assertThat(ledger.context.getBean(JdbcTemplate.class).queryForObject("SELECT convert_from(meta_data, 'UTF8')"
                + " FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, unit))
                .contains("\"recordedBy\":\"" + KommunIdentityProvider.RECORDER_CLIENT + "\"");

        String auditor = token(provider, KommunIdentityProvider.AUDITOR_CLIENT);
        assertThat(send(get("/api/v1/audit/people/x/trail").header("Authorization", "Bearer " + auditor))
                .statusCode()).isEqualTo(200);
        assertThat(send(post("/api/v1/units", UNIT).header("Authorization", "Bearer " + auditor)).statusCode())
                .as("AUDITOR reads and never writes").isEqualTo(403);

        String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(send(post("/api/v1/units", UNIT).header("Authorization", "Basic " + basic)).statusCode())
                .as("local accounts still work beside the provider").isEqualTo(201);
    }

    @Test
    void aTokenFromAnotherIssuerForAnotherAudienceOrExpiredIsRefusedAndRecordsNothing() throws Exception {
        JdbcTemplate jdbc = ledger.context.getBean(JdbcTemplate.class);
        String expired = token(provider, KommunIdentityProvider.SHORT_LIVED_CLIENT);
        assertThat(send(get("/api/v1/audit/people/x/trail").header("Authorization", "Bearer " + expired))
                .statusCode()).as("the short-lived token works while it lives, for its role only").isEqualTo(403);
        Thread.sleep(2_000);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        for (String refused : List.of(token(otherProvider, KommunIdentityProvider.RECORDER_CLIENT),
                token(provider, KommunIdentityProvider.OTHER_CLIENT), expired, "inte.en.jwt")) {
            HttpResponse<String> answer = send(post("/api/v1/units", UNIT).header("Authorization", "Bearer " + refused));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
    }

    @Test
    void aBrowserLogsInWithTheCodeFlowAndPkceAndTheSessionCarriesNameAndRoles() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        List<URI> visited = new ArrayList<>();

        HttpResponse<String> page = follow(browser, HttpRequest.newBuilder(URI.create(base + "/konto")), visited);
        assertThat(page.uri().getPath()).isEqualTo("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        URI authorize = visited.stream().filter(uri -> uri.getPath().equals("/oauth2/authorize")).findFirst()
                .orElseThrow();
        assertThat(authorize.getQuery()).contains("code_challenge=").contains("code_challenge_method=S256")
                .contains("client_id=" + KommunIdentityProvider.WEB_CLIENT);

        String form = "username=" + KommunIdentityProvider.PERSON + "&password="
                + URLEncoder.encode(KommunIdentityProvider.PERSON_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> account = follow(browser, HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), visited);

        assertThat(visited).anyMatch(uri -> uri.getPath().equals("/login/oauth2/code/kommun"));
        assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
        assertThat(account.uri().toString()).startsWith(base + "/konto");
        assertThat(account.body()).contains("<strong id=\"namn\">" + KommunIdentityProvider.PERSON_NAME + "</strong>")
                .contains("<span id=\"id\">" + KommunIdentityProvider.PERSON + "</span>")
                .contains("<span id=\"roller\">AUDITOR</span>");
        assertThat(account.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));

        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(base + "/konto")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the session is kept").isEqualTo(200);
    }

    /** Follows redirects like a browser (a POST answered with a redirect becomes a GET), noting every address. */
    private static HttpResponse<String> follow(HttpClient browser, HttpRequest.Builder request, List<URI> visited)
            throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request.header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 20 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            visited.add(next);
            response = browser.send(HttpRequest.newBuilder(next).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** A real token from the provider's token endpoint (client credentials). */
    private String token(KommunIdentityProvider.Running from, String client) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((client + ":" + KommunIdentityProvider.secret(client))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(from.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode token = json.readTree(answer.body());
        return token.get("access_token").asText();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
