package se.styrledger.app.timetravel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.styrledger.app.HttpApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An event as the replay oracle sees it: read from the event export (GET /api/v1/events), never from a read table,
 * so the oracle shares nothing with the projections but the events themselves.
 */
record RecordedEvent(long position, String type, String aggregateId, long sequence, Instant recordedAt,
                     JsonNode payload) {

    /** The events of the given aggregates, from {@code fromPosition} on, in the order they were recorded. */
    static List<RecordedEvent> read(HttpApi api, ObjectMapper json, long fromPosition, Set<String> aggregateIds) {
        return api.get("/api/v1/events?fromPosition=" + fromPosition).expect(200).text().lines()
                .map(line -> parse(json, line))
                .filter(event -> aggregateIds.contains(event.aggregateId()))
                .toList();
    }

    /** What the ledger had recorded at {@code knownAt}: a naive replay starts from exactly these. */
    static List<RecordedEvent> knownAt(List<RecordedEvent> events, Instant knownAt) {
        return events.stream().filter(event -> !event.recordedAt().isAfter(knownAt)).toList();
    }

    private static RecordedEvent parse(ObjectMapper json, String line) {
        try {
            JsonNode node = json.readTree(line);
            return new RecordedEvent(node.get("globalPosition").asLong(), node.get("type").asText(),
                    node.get("aggregateId").asText(), node.get("sequenceNumber").asLong(),
                    Instant.parse(node.get("recordedAt").asText()), node.get("payload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
