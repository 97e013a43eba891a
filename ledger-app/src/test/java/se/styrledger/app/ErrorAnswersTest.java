package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every class of bad input gets problem+json in Swedish, and the event store is left exactly as it was. */
class ErrorAnswersTest extends LedgerHttpTest {

    @Test
    void malformedJsonIs400AndRecordsNothing() {
        long before = eventCount();
        JsonNode problem = api().post("/api/v1/units", "{\"name\": ").problem(400);
        assertThat(problem.get("detail").asText()).contains("JSON");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIs400NamingTheField() {
        long before = eventCount();
        JsonNode problem = api().post("/api/v1/units", """
                {"name": "X", "kind": "COMMITTEE", "colour": "red"}
                """).problem(400);
        assertThat(problem.get("field").asText()).isEqualTo("colour");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        JsonNode problem = api().post("/api/v1/units", """
                {"name": "X", "kind": "NOT_A_KIND"}
                """).problem(400);
        assertThat(problem.get("field").asText()).isEqualTo("kind");
    }

    @Test
    void aTooLargeBodyIs413() {
        long before = eventCount();
        String huge = "{\"name\": \"" + "x".repeat(300_000) + "\"}";
        api().post("/api/v1/units", huge).problem(413);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChangeToAnUnknownIdIs404() {
        UUID council = council();
        long before = eventCount();
        api().post("/api/v1/units/" + UUID.randomUUID() + "/rename", """
                {"name": "Ny", "decision": %s}
                """.formatted(decision(council, "2020-01-10"))).problem(404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRuleViolationIs422NamingTheRuleAndTheFieldAndRecordsNothing() {
        UUID council = council();
        long before = eventCount();
        JsonNode problem = api().post("/api/v1/units", """
                {"name": "Miljönämnden", "kind": "COMMITTEE", "parentId": "%s",
                 "decision": {"decidedBy": "%s", "decidedOn": "2019-06-17", "caseNumber": "KS 2019/1"}}
                """.formatted(council, council)).problem(422);
        assertThat(problem.get("rule").asText()).isEqualTo("R-31");
        assertThat(problem.get("field").asText()).isEqualTo("decision.paragraph");
        assertThat(problem.get("title").asText()).contains("R-31");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChangeToADissolvedUnitIs409() {
        UUID council = council();
        String id = api().post("/api/v1/units", """
                {"name": "Valnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2019-06-17"))).expect(201).body().get("id").asText();
        api().post("/api/v1/units/" + id + "/dissolve", "{\"decision\": " + decision(council, "2020-01-10") + "}")
                .expect(200);
        long before = eventCount();
        api().post("/api/v1/units/" + id + "/rename", "{\"name\": \"Ny\", \"decision\": "
                + decision(council, "2020-02-10") + "}").problem(409);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void establishingAnIdThatExistsIs409() {
        UUID council = council();
        long before = eventCount();
        api().post("/api/v1/units", """
                {"unitId": "%s", "name": "Kommunfullmäktige", "kind": "COUNCIL",
                 "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                """.formatted(council)).problem(409);
        assertThat(eventCount()).isEqualTo(before);
    }

    /** PostgreSQL cannot hold U+0000 in text: accepted, it would be dead-lettered by every projection. */
    @Test
    void aNulCharacterInTextIs400NamingTheFieldAndRecordsNothing() {
        long before = eventCount();
        JsonNode problem = api().post("/api/v1/units", """
                {"name": "Nämnd\\u0000X", "kind": "COMMITTEE"}
                """).problem(400);
        assertThat(problem.get("field").asText()).isEqualTo("name");
        assertThat(problem.get("detail").asText()).contains("NUL");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aNulCharacterInASearchIs400NamingTheParameter() {
        JsonNode problem = api().get("/api/v1/governing-documents?title=a%00b").problem(400);
        assertThat(problem.get("field").asText()).isEqualTo("title");
    }

    @Test
    void aWrongContentTypeIs415() {
        api().post("/api/v1/units", "text/plain", "hello").problem(415);
    }

    @Test
    void aMalformedIdInThePathIs400() {
        JsonNode problem = api().get("/api/v1/units/not-a-uuid").problem(400);
        assertThat(problem.get("field").asText()).isEqualTo("unitId");
    }

    @Test
    void anUnknownUnitIs404() {
        api().get("/api/v1/units/" + UUID.randomUUID()).problem(404);
    }

    @Test
    void anUnknownAddressIs404ProblemJson() {
        api().get("/api/v1/no-such-thing").problem(404);
    }

    @Test
    void anAnonymousWriteIs401AndRecordsNothing() {
        long before = eventCount();
        api().anonymous().post("/api/v1/units", "{}").problem(401);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void wrongCredentialsAre401() {
        api().as("demo", "wrong").post("/api/v1/units", "{}").problem(401);
    }

    @Test
    void anAbsurdMeetingDateIs422UnderR31() {
        UUID council = council();
        JsonNode problem = api().post("/api/v1/units", """
                {"name": "X", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "9999-01-01"))).problem(422);
        assertThat(problem.get("field").asText()).isEqualTo("decision.decidedOn");
    }

    @Test
    void aBadAsOfIs400() {
        api().get("/api/v1/units?asOf=yesterday").problem(400);
    }
}
