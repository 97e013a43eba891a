package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/indicator-values/batch}: many utfall in one request and one transaction, all or nothing, with
 * every refused item named by index, field and rule.
 */
class ValueBatchEndToEndTest extends LedgerHttpTest {

    private static String item(FollowUpKommun kommun, int month, String value) {
        return """
                {"indicatorId": "%s", "unitId": "%s", "period": {"kind": "MONTH", "year": %d, "number": %d},
                 "value": %s, "genderSplit": {"women": 1, "men": 2}, "source": "Egen mätning"}"""
                .formatted(kommun.indicator, kommun.committee, kommun.year, month, value).replace("\n", " ");
    }

    @Test
    void aJsonArrayAndJsonLinesAreEachRecordedInOneGo() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Fler unga i arbete");
        long before = eventCount();

        JsonNode array = api().post("/api/v1/indicator-values/batch", "[" + item(kommun, 1, "50") + ","
                + item(kommun, 2, "51") + "," + item(kommun, 3, "52") + "]").expect(201).body();
        assertThat(array.get("count").asInt()).isEqualTo(3);
        assertThat(array.get("valueIds")).hasSize(3);
        JsonNode lines = api().post("/api/v1/indicator-values/batch", "application/jsonl",
                item(kommun, 4, "53") + "\n" + item(kommun, 5, "54") + "\n").expect(201).body();
        assertThat(lines.get("count").asInt()).isEqualTo(2);
        assertThat(eventCount()).isEqualTo(before + 5);

        // A value from a batch is a value like any other: the single correction works on it.
        String first = array.get("valueIds").get(0).asText();
        api().post("/api/v1/indicator-values/" + first + "/corrections", """
                {"value": 50.5, "source": "Egen mätning", "reason": "Felräknat"}""").expect(201);
        CaughtUp.await(api(), lines.get("position").asLong());
        Long rows = jdbc.queryForObject("SELECT count(*) FROM indicator_value_version WHERE indicator_id = ?",
                Long.class, kommun.indicator);
        assertThat(rows).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aBatchWithBadItemsIsRefusedWholeNamingEachItemFieldAndRuleUnderR23() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2018, "Fler unga i praktik");
        kommun.value("MONTH", 1, "40", "null");
        long before = eventCount();

        JsonNode problem = api().post("/api/v1/indicator-values/batch", "[" + item(kommun, 2, "41") + ","
                + item(kommun, 3, "42").replace("\"source\": \"Egen mätning\"", "\"source\": \" \"") + ","
                + item(kommun, 1, "43") + "," + item(kommun, 2, "44") + "]").problem(400);
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("source");

        JsonNode rules = api().post("/api/v1/indicator-values/batch", "[" + item(kommun, 2, "41") + ","
                + item(kommun, 1, "43") + "," + item(kommun, 2, "44") + "]").problem(422);
        assertThat(rules.get("rule").asText()).isEqualTo("R-23");
        assertThat(rules.get("errors")).hasSize(2);
        assertThat(rules.at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(rules.at("/errors/0/rule").asText()).isEqualTo("R-23");
        assertThat(rules.at("/errors/0/field").asText()).isEqualTo("period");
        assertThat(rules.at("/errors/1/index").asInt()).isEqualTo(2);
        assertThat(eventCount()).as("nothing of a refused batch is recorded").isEqualTo(before);
    }

    @Test
    void aMalformedLineIsNamedByItsIndexAndATooLargeBatchIsRefused() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2019, "Fler unga i studier");
        JsonNode problem = api().post("/api/v1/indicator-values/batch", "application/x-ndjson",
                item(kommun, 1, "1") + "\n{\"value\": \"mycket\"}\n").problem(400);
        assertThat(problem.at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("value");

        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        assertThat(api().post("/api/v1/indicator-values/batch", many + "]").problem(400).get("field").asText())
                .isEqualTo("items");
        api().as("revisor", "revisor-pass").post("/api/v1/indicator-values/batch", "[" + item(kommun, 1, "1") + "]")
                .expect(403);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsNothingTwice() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2021, "Fler unga i föreningar");
        String body = "[" + item(kommun, 1, "10") + "," + item(kommun, 2, "11") + "]";
        JsonNode first = api().header("Idempotency-Key", "batch-" + UUID.randomUUID()).post(
                "/api/v1/indicator-values/batch", body).expect(201).body();
        long after = eventCount();
        String key = "batch-" + UUID.randomUUID();
        JsonNode a = api().header("Idempotency-Key", key).post("/api/v1/indicator-values/batch",
                "[" + item(kommun, 3, "12") + "]").expect(201).body();
        JsonNode b = api().header("Idempotency-Key", key).post("/api/v1/indicator-values/batch",
                "[" + item(kommun, 3, "12") + "]").expect(201).body();
        assertThat(b.get("valueIds")).isEqualTo(a.get("valueIds"));
        assertThat(b.get("position")).isEqualTo(a.get("position"));
        assertThat(eventCount()).isEqualTo(after + 1);
        assertThat(first.get("count").asInt()).isEqualTo(2);
    }
}
