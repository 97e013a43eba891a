package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command sent to the address of one kind of thing with the id of another (an effektmål's id in a vision's
 * address) finds nothing of that kind: 404 problem+json, never 500, and nothing recorded.
 */
class CommandAtAnotherKindTest extends LedgerHttpTest {

    private UUID council;
    private UUID vision;
    private UUID effectGoal;

    private UUID created(String path, String body) {
        return UUID.fromString(api().post(path, body).expect(201).body().get("id").asText());
    }

    @BeforeEach
    void aVisionAndAnEffectGoal() {
        council = council();
        UUID committee = created("/api/v1/units", """
                {"name": "Kultur- och fritidsnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(council, decision(council, "2014-12-15")));
        vision = created("/api/v1/visions", """
                {"text": "En kommun där alla kan växa.", "decision": %s}""".formatted(decision(council, "2015-06-15")));
        UUID direction = created("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Livskvalitet", "themes": ["kultur"], "decision": %s}"""
                .formatted(vision, decision(council, "2015-06-15")));
        UUID directionGoal = created("/api/v1/direction-goals", """
                {"directionId": "%s", "title": "Ett rikt kulturliv", "fromYear": 2019, "toYear": 2022,
                 "decision": %s}""".formatted(direction, decision(council, "2018-06-18")));
        effectGoal = created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": 2019, "title": "Fler besök på biblioteken",
                 "targetGroup": "Kommuninvånarna", "intendedEffect": "Fler läser och lånar",
                 "directionGoalIds": ["%s"], "decision": %s}""".formatted(committee, directionGoal,
                decision(committee, "2018-10-15")));
    }

    @Test
    void aVisionCommandWithAnEffectGoalsIdIsNotFound() {
        refusedAsNotFound("/api/v1/visions/" + effectGoal + "/withdraw");
    }

    @Test
    void anEffectGoalCommandWithAVisionsIdIsNotFound() {
        refusedAsNotFound("/api/v1/effect-goals/" + vision + "/withdraw");
    }

    private void refusedAsNotFound(String path) {
        long before = eventCount();
        JsonNode problem = api().post(path, """
                {"reason": "Ersatt", "decision": %s}""".formatted(decision(council, "2019-03-18"))).problem(404);
        assertThat(problem.get("detail").asText()).contains("av det slaget");
        assertThat(eventCount()).as("nothing recorded").isEqualTo(before);
    }
}
