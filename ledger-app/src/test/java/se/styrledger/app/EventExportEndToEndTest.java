package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/events: the event stream as JSON Lines, whole or by range. */
class EventExportEndToEndTest extends LedgerHttpTest {

    private List<JsonNode> lines(HttpApi.Answer answer) {
        answer.expect(200);
        assertThat(answer.header("Content-Type")).startsWith("application/x-ndjson");
        return answer.text().lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    @Test
    void eachEventIsOneLineWithItsPositionTimesDecisionAndWhoRecordedIt() {
        UUID council = council();
        Long first = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, council.toString());
        long last = UnitHistories.recordVaried(api(), council);

        List<JsonNode> events = lines(api().get("/api/v1/events?fromPosition=" + first + "&toPosition=" + last));

        assertThat(events).hasSize((int) (last - first + 1));
        assertThat(events).extracting(e -> e.get("globalPosition").asLong()).isSorted();
        JsonNode backdated = events.stream().filter(e -> e.get("type").asText().equals("UnitRenamed")).findFirst()
                .orElseThrow();
        assertThat(backdated.get("aggregateType").asText()).isEqualTo("OrganisationUnit");
        assertThat(backdated.get("decisionDate").asText()).as("effective date, before the meeting")
                .isEqualTo("2020-01-01");
        assertThat(backdated.get("decidedOn").asText()).isEqualTo("2020-06-15");
        assertThat(backdated.get("recordedBy").asText()).isEqualTo("demo");
        assertThat(backdated.get("sequenceNumber").asLong()).isPositive();
        assertThat(Instant.parse(backdated.get("recordedAt").asText())).isBefore(Instant.now());
        assertThat(backdated.get("payload").get("name").asText()).isEqualTo("Social- och omsorgsnämnden");
        assertThat(backdated.get("metaData").get("commandId").asText()).isNotBlank();
    }

    @Test
    void theOpenExportShowsTheDecisionsButNotWhoRecordedThemUnderR32() {
        long position = UnitHistories.recordVaried(api(), council());

        JsonNode open = lines(api().anonymous().get("/api/v1/events?fromPosition=" + position)).get(0);

        assertThat(open.get("payload").get("decision").get("caseNumber").asText()).isNotBlank();
        assertThat(open.get("recordedBy").isNull()).isTrue();
        assertThat(open.get("correlationId").isNull()).isTrue();
        assertThat(open.get("metaData").isNull()).isTrue();
    }

    @Test
    void anExportIsNarrowedByRecordedTimeAndAggregateType() {
        long before = UnitHistories.recordVaried(api(), council());
        Instant between = Instant.parse(lines(api().get("/api/v1/events?fromPosition=" + before)).get(0)
                .get("recordedAt").asText()).plusMillis(1);
        long after = UnitHistories.recordVaried(api(), council());

        List<JsonNode> recordedLater = lines(api().get("/api/v1/events?recordedFrom=" + between));
        List<JsonNode> recordedEarlier = lines(api().get("/api/v1/events?recordedTo=" + between));

        assertThat(recordedLater).extracting(e -> e.get("globalPosition").asLong()).contains(after)
                .doesNotContain(before);
        assertThat(recordedEarlier).extracting(e -> e.get("globalPosition").asLong()).contains(before)
                .doesNotContain(after);
        assertThat(lines(api().get("/api/v1/events?aggregateType=OrganisationUnit&fromPosition=" + before)))
                .isNotEmpty();
        assertThat(lines(api().get("/api/v1/events?aggregateType=EffectGoal&fromPosition=" + before + "&toPosition=" + after)))
                .as("no effektmål among the events this test recorded").isEmpty();
    }

    @Test
    void aRangeThatMakesNoSenseIsRefusedNamingTheField() {
        assertThat(api().get("/api/v1/events?fromPosition=10&toPosition=2").problem(400).get("field").asText())
                .isEqualTo("toPosition");
        assertThat(api().get("/api/v1/events?recordedFrom=yesterday").problem(400).get("field").asText())
                .isEqualTo("recordedFrom");
        api().get("/api/v1/events?fromPosition=many").problem(400);
    }
}
