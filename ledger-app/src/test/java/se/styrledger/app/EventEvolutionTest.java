package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.platform.eventstore.EventSerialization;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored by an earlier release, written here as raw rows the way that release left them (no revision), and
 * events from a later release (a property this release does not know) are read by projections and aggregates alike:
 * the upcaster chain gives them revision 1, the event mapper skips what it does not know (ADR 0097).
 */
class EventEvolutionTest extends LedgerHttpTest {

    @Autowired
    private Configuration axon;

    @Test
    void rowsWithoutARevisionAndWithAnUnknownPropertyAreReplayedIntoTheCurrentShape() throws Exception {
        UUID council = council();
        Map<String, Object> template = jdbc.queryForMap("SELECT type, time_stamp, payload, meta_data"
                + " FROM domain_event_entry WHERE aggregate_identifier = ?", council.toString());
        UUID unit = UUID.randomUUID();
        ObjectNode established = (ObjectNode) json.readTree((byte[]) template.get("payload"));
        established.put("unitId", unit.toString()).put("name", "Gamla nämnden").put("kind", "COMMITTEE")
                .put("parentId", council.toString());
        established.put("formerName", "a property from a later release");
        // A decision as stored before decisions had links (ADR 0110): read back with none.
        ((ObjectNode) established.get("decision")).remove("links");
        Long position = jdbc.queryForObject("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, ?, ?, 'se.styrledger.events.organisation.UnitEstablished', NULL, ?, ?)
                RETURNING global_index""", Long.class, UUID.randomUUID().toString(), unit.toString(),
                template.get("type"), template.get("time_stamp"), json.writeValueAsBytes(established),
                template.get("meta_data"));

        JsonNode read = api().get("/api/v1/units/" + unit + "?minPosition=" + position).expect(200).body();
        assertThat(read.get("name").asText()).isEqualTo("Gamla nämnden");
        assertThat(read.get("parentId").asText()).isEqualTo(council.toString());

        long renamed = api().post("/api/v1/units/" + unit + "/rename", """
                {"name": "Nya nämnden", "decision": %s}
                """.formatted(decision(council, "2020-01-10"))).expect(200).body().get("position").asLong();
        assertThat(api().get("/api/v1/units/" + unit + "?minPosition=" + renamed).expect(200).body()
                .get("name").asText()).as("the aggregate was sourced from the old row").isEqualTo("Nya nämnden");
        assertThat(jdbc.queryForObject("SELECT payload_revision FROM domain_event_entry WHERE global_index = ?",
                String.class, renamed)).as("new events carry their revision").isEqualTo("1");
    }

    /** The event store reads through the chain Axon assembled from the Spring beans, FirstRevisionUpcaster first. */
    @Test
    void theEventStoreReadsOldRowsThroughTheFirstRevisionUpcaster() {
        IntermediateEventRepresentation row = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "OrganisationUnit", UUID.randomUUID().toString(), 0, UUID.randomUUID().toString(),
                "2026-12-02T10:00:00Z", UnitRenamed.class.getName(), null, "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)), axon.eventSerializer());

        assertThat(axon.upcasterChain().upcast(Stream.of(row)).map(event -> event.getType().getRevision()))
                .containsExactly(EventSerialization.FIRST);
    }
}
