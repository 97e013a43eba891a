package se.styrledger.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrledger.app.FollowUpKommun;
import se.styrledger.app.LedgerHttpTest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recording forms and the revisor's workspace over real HTTP, without a browser: who may use them (the real
 * Spring Security filter chains, signed in through the login form), CSRF, a double submit, bad input and the audit
 * access log. The browser tests (RecordingFormsBrowserTest, AuditWorkspaceBrowserTest) show the same as a person
 * sees it.
 */
class RecordingFormsWebTest extends LedgerHttpTest {

    @LocalServerPort
    private int port;

    private FormSession session() {
        return new FormSession("http://localhost:" + port);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        HttpResponse<String> answer = session().get("/registrera/utfall");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/logga-in");
        assertThat(session().get("/granskning").headers().firstValue("Location").orElseThrow()).endsWith("/logga-in");
    }

    @Test
    void anAuditorIsRefusedTheRecordingFormsAndARecorderTheWorkspace() {
        FormSession revisor = session().signIn("revisor", "revisor-pass");
        HttpResponse<String> form = revisor.get("/registrera/utfall");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Behörighet saknas").doesNotContain("f-indicatorId");
        assertThat(revisor.get("/registrera").statusCode()).isEqualTo(403);
        assertThat(revisor.get("/granskning").statusCode()).isEqualTo(200);

        FormSession recorder = session().signIn("recorder", "recorder-pass");
        assertThat(recorder.get("/registrera/utfall").statusCode()).isEqualTo(200);
        assertThat(recorder.get("/granskning").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndRecordsNothing() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "CSRF-prövat effektmål");
        FormSession recorder = session().signIn("recorder", "recorder-pass");
        Map<String, String> hidden = FormSession.hidden(recorder.get("/registrera/utfall").body());
        long before = eventCount();

        List<List<String>> withoutToken = valueForm(kommun, 5, hidden.get("idempotencyKey"), null);
        HttpResponse<String> refused = recorder.post("/registrera/utfall", withoutToken);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);

        HttpResponse<String> wrongToken = recorder.post("/registrera/utfall",
                valueForm(kommun, 5, hidden.get("idempotencyKey"), "inte-en-token"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);

        HttpResponse<String> accepted = recorder.post("/registrera/utfall",
                valueForm(kommun, 5, hidden.get("idempotencyKey"), hidden.get("_csrf")));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void aDoubleSubmitOfOneRenderedFormRecordsOnce() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Dubbelklickat effektmål");
        FormSession recorder = session().signIn("recorder", "recorder-pass");
        Map<String, String> hidden = FormSession.hidden(recorder.get("/registrera/utfall").body());
        List<List<String>> form = valueForm(kommun, 7, hidden.get("idempotencyKey"), hidden.get("_csrf"));
        long before = eventCount();

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> recorder.post("/registrera/utfall", form));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                () -> recorder.post("/registrera/utfall", form));
        HttpResponse<String> a = first.join();
        HttpResponse<String> b = second.join();

        assertThat(a.statusCode()).as(a.body()).isEqualTo(302);
        assertThat(b.statusCode()).as(b.body()).isEqualTo(302);
        assertThat(a.headers().firstValue("Location")).isEqualTo(b.headers().firstValue("Location"));
        assertThat(eventCount()).isEqualTo(before + 1);
        JsonNode values = api().get("/api/v1/indicator-values?indicatorId=" + kommun.indicator + "&unitId="
                + kommun.committee + "&year=2017&minPosition=" + headPosition()).expect(200).body();
        assertThat(values.findValues("number").stream().filter(n -> n.asInt() == 7).count()).isEqualTo(1);

        HttpResponse<String> again = recorder.post("/registrera/utfall", form);
        assertThat(again.headers().firstValue("Location")).isEqualTo(a.headers().firstValue("Location"));
        assertThat(eventCount()).as("the same form sent a third time").isEqualTo(before + 1);
    }

    @Test
    void aRefusalNamesTheRuleNextToItsFieldKeepsWhatWasTypedAndRecordsNothing() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Regelprövat effektmål");
        kommun.value("MONTH", 2, "70", "null");
        FormSession recorder = session().signIn("recorder", "recorder-pass");
        Map<String, String> hidden = FormSession.hidden(recorder.get("/registrera/utfall").body());
        long before = eventCount();

        HttpResponse<String> refused = recorder.post("/registrera/utfall",
                valueForm(kommun, 2, hidden.get("idempotencyKey"), hidden.get("_csrf")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("<title>Fel: Rapportera ett utfall")
                .contains("Det finns ett problem")
                .contains("href=\"#f-period-number\"")
                .contains("id=\"f-period-number-error\"")
                .contains("(regel R-23)")
                .contains("value=\"71,5\"")
                .contains("value=\"" + hidden.get("idempotencyKey") + "\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aCorrectionNamesTheValueItSupersedesAndItsReasonUnderR23() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Korrigerat effektmål");
        UUID value = kommun.value("MONTH", 11, "50", "null");
        FormSession recorder = session().signIn("recorder", "recorder-pass");
        String page = recorder.get("/registrera/utfall-korrigera?target=" + value).body();
        assertThat(page).as("a link may name the value to correct").contains("value=\"" + value + "\" selected");
        Map<String, String> hidden = FormSession.hidden(page);
        long before = eventCount();

        List<List<String>> withoutReason = List.of(List.of("target", value.toString()), List.of("value", "52,5"),
                List.of("source", "Egen mätning, reviderad"), List.of("reason", ""),
                List.of("idempotencyKey", hidden.get("idempotencyKey")), List.of("_csrf", hidden.get("_csrf")));
        HttpResponse<String> refused = recorder.post("/registrera/utfall-korrigera", withoutReason);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"f-reason-error\"").contains("(regel R-23)");
        assertThat(eventCount()).isEqualTo(before);

        List<List<String>> withReason = new ArrayList<>(withoutReason);
        withReason.set(3, List.of("reason", "Mätningen räknades om"));
        HttpResponse<String> accepted = recorder.post("/registrera/utfall-korrigera", withReason);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(eventCount()).isEqualTo(before + 1);
        JsonNode current = api().get("/api/v1/indicator-values?indicatorId=" + kommun.indicator + "&unitId="
                + kommun.committee + "&year=2017&minPosition=" + headPosition()).expect(200).body();
        assertThat(current).hasSize(1);
        assertThat(current.get(0).get("supersedesValueId").asText()).isEqualTo(value.toString());
        assertThat(current.get(0).get("reason").asText()).isEqualTo("Mätningen räknades om");
        assertThat(current.get(0).get("value").decimalValue()).isEqualByComparingTo("52.5");
    }

    @Test
    void badInputIsAnsweredInSwedishOnTheFormAndNeverWithA5xx() {
        FormSession recorder = session().signIn("recorder", "recorder-pass");
        Map<String, String> hidden = FormSession.hidden(recorder.get("/registrera/rapport-oppna").body());
        long before = eventCount();

        HttpResponse<String> year = recorder.post("/registrera/rapport-oppna", Map.of("year", "tjugotjugo",
                "kind", "INTERIM_1", "_csrf", hidden.get("_csrf"), "idempotencyKey", hidden.get("idempotencyKey")));
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.body()).contains("År ska vara ett heltal").contains("value=\"tjugotjugo\"");

        HttpResponse<String> kind = recorder.post("/registrera/rapport-oppna", Map.of("year", "2036",
                "kind", "KVARTAL", "_csrf", hidden.get("_csrf"), "idempotencyKey", hidden.get("idempotencyKey")));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("Rapport har ett ogiltigt värde");

        HttpResponse<String> target = recorder.post("/registrera/rapport-stang", Map.of("target", "inte-ett-id",
                "_csrf", hidden.get("_csrf"), "idempotencyKey", "<script>"));
        assertThat(target.statusCode()).isEqualTo(400);
        assertThat(target.body()).contains("Välj rapport i listan").doesNotContain("<script>");

        HttpResponse<String> unknownReport = recorder.post("/registrera/rapport-stang", Map.of("target",
                UUID.randomUUID().toString(), "bekraftat", "ja", "_csrf", hidden.get("_csrf")));
        assertThat(unknownReport.statusCode()).isBetween(400, 499);
        assertThat(unknownReport.body()).contains("Det finns ett problem");

        assertThat(recorder.get("/registrera/finns-inte").statusCode()).isEqualTo(404);
        assertThat(recorder.get("/registrera/utfall/klart?id=x&position=y").statusCode()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theSignedInRecorderIsWhoRecordedIt() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Vem registrerade effektmål");
        FormSession recorder = session().signIn("recorder", "recorder-pass");
        Map<String, String> hidden = FormSession.hidden(recorder.get("/registrera/utfall").body());

        HttpResponse<String> accepted = recorder.post("/registrera/utfall",
                valueForm(kommun, 9, hidden.get("idempotencyKey"), hidden.get("_csrf")));
        assertThat(accepted.statusCode()).isEqualTo(302);

        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " ORDER BY global_index DESC LIMIT 1", String.class);
        assertThat(metadata).contains("\"recordedBy\":\"recorder\"");
    }

    @Test
    void everyViewOfTheRevisorsWorkspaceIsInTheAuditAccessLog() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Loggat effektmål");
        // The pages read what the audit trail has projected: wait for the kommun's last event first.
        api().get("/api/v1/audit/units/" + kommun.committee + "/review?year=2017&format=csv&minPosition="
                + headPosition()).expect(200);
        FormSession revisor = session().signIn("revisor", "revisor-pass");
        long before = accessRows();

        String findings = "/granskning/iakttagelser?unitId=" + kommun.committee + "&year=2017";
        assertThat(revisor.get(findings).statusCode()).isEqualTo(200);
        HttpResponse<String> csv = revisor.get("/granskning/underlag?unitId=" + kommun.committee
                + "&year=2017&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("Registrerad av").contains("demo");
        HttpResponse<String> html = revisor.get("/granskning/underlag?unitId=" + kommun.committee
                + "&year=2017&format=html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).contains("Socialnämnden").contains("Loggat effektmål");

        assertThat(accessRows()).isEqualTo(before + 3);
        List<String> logged = jdbc.queryForList("SELECT accessed_by || ' ' || request FROM audit_access"
                + " ORDER BY id DESC LIMIT 3", String.class);
        assertThat(logged).containsExactly(
                "revisor GET /granskning/underlag?unitId=" + kommun.committee + "&year=2017&format=html",
                "revisor GET /granskning/underlag?unitId=" + kommun.committee + "&year=2017&format=csv",
                "revisor GET " + findings);

        assertThat(session().signIn("recorder", "recorder-pass").get(findings).statusCode()).isEqualTo(403);
        assertThat(accessRows()).as("a refused view reads nothing").isEqualTo(before + 3);
    }

    private long accessRows() {
        Long rows = jdbc.queryForObject("SELECT count(*) FROM audit_access", Long.class);
        return rows == null ? 0 : rows;
    }

    /** The "Rapportera ett utfall" form for the kommun's indicator and Socialnämnden, one month of its year. */
    private static List<List<String>> valueForm(FollowUpKommun kommun, int month, String key, String csrf) {
        List<List<String>> fields = new ArrayList<>(List.of(
                List.of("indicatorId", kommun.indicator.toString()),
                List.of("unitId", kommun.committee.toString()),
                List.of("period.kind", "MONTH"),
                List.of("period.year", String.valueOf(kommun.year)),
                List.of("period.number", String.valueOf(month)),
                List.of("value", "71,5"),
                List.of("genderSplit.women", ""),
                List.of("genderSplit.men", ""),
                List.of("source", "Egen mätning"),
                List.of("idempotencyKey", key)));
        if (csrf != null) {
            fields.add(List.of("_csrf", csrf));
        }
        return fields;
    }
}
