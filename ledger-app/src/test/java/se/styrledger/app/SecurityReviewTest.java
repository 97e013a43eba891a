package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import se.styrledger.platform.web.ConcurrencyCap;
import se.styrledger.query.support.ReadCaps;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security review's findings 2, 4, 5 and 7 (docs/security.md), each over real HTTP against the running ledger.
 * Finding 1 is PersonalDataSweepTest, 3 ApplicationRoleTest, 6 VerifiedPasswordsTest.
 */
class SecurityReviewTest extends LedgerHttpTest {

    @Autowired
    private ReadCaps caps;

    @Autowired
    private ServletWebServerApplicationContext context;

    /** Finding 2: what a plain HTML form on another site can send, with the browser's remembered Basic credentials. */
    @Test
    void aFormLikePostIsRefusedAndRecordsNothing() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2026, "Fler invånare är trygga");
        UUID report = kommun.report("INTERIM_1");
        long events = eventCount();
        int rebuilds = jdbc.queryForObject("SELECT count(*) FROM read_model_rebuild", Integer.class);

        for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
            for (String path : List.of("/api/v1/follow-up-reports/" + report + "/close", "/api/v1/admin/rebuild",
                    "/api/v1/admin/dead-letters/units/retry", "/api/v1/units")) {
                JsonNode problem = api().header("Sec-Fetch-Site", "cross-site").post(path, contentType, "x=1")
                        .problem(415);
                assertThat(problem.get("detail").asText()).contains("X-Requested-With");
            }
        }
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model_rebuild", Integer.class)).isEqualTo(rebuilds);

        // A script or curl without a body says so with the header; a page of the ledger's own is marked same-origin.
        api().header("X-Requested-With", "curl").post("/api/v1/follow-up-reports/" + report + "/close", "text/plain",
                "").expect(200);
        assertThat(eventCount()).isEqualTo(events + 1);
        api().header("Sec-Fetch-Site", "same-origin").post("/api/v1/follow-up-reports/" + report + "/close",
                "text/plain", "").problem(409);
    }

    /** Finding 4: an export naming who recorded, and the dead-letter list, are logged like the audit reads. */
    @Test
    void exportsWithAccountsAndTheDeadLetterListAreInTheAuditAccessLog() {
        council();
        long before = accessLogged();
        api().anonymous().get("/api/v1/events?fromPosition=1&toPosition=2").expect(200);
        assertThat(accessLogged()).as("an open export, without accounts").isEqualTo(before);

        api().as("revisor", "revisor-pass").get("/api/v1/events?fromPosition=1&toPosition=2").expect(200);
        api().get("/api/v1/admin/dead-letters").expect(200);

        assertThat(jdbc.queryForList("SELECT accessed_by || ' ' || request FROM audit_access ORDER BY id DESC LIMIT 2",
                String.class)).containsExactly("demo GET /api/v1/admin/dead-letters",
                "revisor GET /api/v1/events?fromPosition=1&toPosition=2");
    }

    /** Finding 5: beyond the cap an export or a minPosition wait gets 429 with Retry-After at once. */
    @Test
    void exportsAndWaitsBeyondTheirCapAreRefusedWithRetryAfter() {
        long position = api().post("/api/v1/units", """
                {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                 "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}""")
                .expect(201).body().get("position").asLong();
        api().get("/api/v1/units?minPosition=" + position).expect(200);

        List<ConcurrencyCap.Permit> held = holdAll(caps.exports());
        try {
            HttpApi.Answer refused = api().anonymous().get("/api/v1/events");
            refused.problem(429);
            assertThat(refused.header("Retry-After")).isNotBlank();
        } finally {
            held.forEach(ConcurrencyCap.Permit::close);
        }
        api().anonymous().get("/api/v1/events?fromPosition=1&toPosition=1").expect(200);

        held = holdAll(caps.waits());
        try {
            HttpApi.Answer refused = api().anonymous().get("/api/v1/units?minPosition=" + (position + 1_000_000));
            refused.problem(429);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            api().anonymous().get("/api/v1/units?minPosition=" + position).expect(200);
        } finally {
            held.forEach(ConcurrencyCap.Permit::close);
        }
        api().get("/api/v1/units").expect(200);
    }

    /** Finding 7: the same Idempotency-Key from two accounts gives each its own answer. */
    @Test
    void anIdempotencyKeyBelongsToTheAccountThatSentIt() {
        String key = "gemensam-" + UUID.randomUUID();
        String body = """
                {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                 "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}""";
        JsonNode demo = api().header("Idempotency-Key", key).post("/api/v1/units", body).expect(201).body();

        HttpApi.Answer other = api().as("recorder", "recorder-pass").header("Idempotency-Key", key)
                .post("/api/v1/units", body).expect(201);
        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(other.body().get("id")).isNotEqualTo(demo.get("id"));

        HttpApi.Answer again = api().as("recorder", "recorder-pass").header("Idempotency-Key", key)
                .post("/api/v1/units", body).expect(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body().get("id")).isEqualTo(other.body().get("id"));
    }

    /** Finding 7: security headers; Strict-Transport-Security behind a TLS proxy. */
    @Test
    void answersCarrySecurityHeadersAndHstsOnlyOverHttps() {
        HttpApi.Answer plain = api().anonymous().get("/api/v1/units");
        assertThat(plain.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("default-src 'self'");
        assertThat(plain.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(plain.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.header("Strict-Transport-Security")).isNull();

        HttpApi.Answer proxied = api().anonymous().header("X-Forwarded-Proto", "https").get("/api/v1/units");
        assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=31536000");
    }

    /** Finding 7: health details (positions, lag, dead letters) only for ADMIN; the ledger listens on loopback. */
    @Test
    void healthDetailsNeedAdminAndTheServerListensOnLoopbackOnly() {
        JsonNode anonymous = api().anonymous().get("/actuator/health").expect(200).body();
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(api().as("recorder", "recorder-pass").get("/actuator/health").body().has("components")).isFalse();
        assertThat(api().get("/actuator/health").body().path("components").has("projections")).isTrue();

        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat((InetAddress) connector.getProperty("address")).satisfies(address ->
                assertThat(address.isLoopbackAddress()).as("bound to %s", address).isTrue());
    }

    private long accessLogged() {
        return jdbc.queryForObject("SELECT count(*) FROM audit_access", Long.class);
    }

    private static List<ConcurrencyCap.Permit> holdAll(ConcurrencyCap cap) {
        List<ConcurrencyCap.Permit> held = new ArrayList<>();
        while (cap.available() > 0) {
            held.add(cap.enter());
        }
        return held;
    }
}
