package se.styrledger.platform.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import se.styrledger.events.example.MeetingHeld;
import se.styrledger.events.example.MeetingHeldRevision1To2;
import se.styrledger.events.organisation.UnitRenamed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored rows of every earlier shape come out of the chain in the current one: a row from before revisions (NULL),
 * a row of revision 1, and a row already at revision 2 that the chain leaves alone. Unknown properties are skipped.
 */
class UpcasterChainTest {

    private final EventSerialization serialization = new EventSerialization();
    private final Serializer serializer = serialization.eventSerializer(new ObjectMapper().findAndRegisterModules(),
            serialization.revisionResolver());
    private final EventUpcasterChain chain = new EventUpcasterChain(new FirstRevisionUpcaster(),
            new MeetingHeldRevision1To2());

    @Test
    void everyStoredShapeIsReadAsTheCurrentOne() {
        List<MeetingHeld> read = chain.upcast(Stream.of(
                        row(null, "{\"name\": \"Kommunfullmäktige 2014-10-15\"}"),
                        row("1", "{\"name\": \"Kommunstyrelsen 2015-01-20\"}"),
                        row("2", "{\"title\": \"Socialnämnden 2020-03-30\", \"remote\": true, \"chair\": \"x\"}")))
                .map(event -> (MeetingHeld) serializer.deserialize(event.getData()))
                .toList();

        assertThat(read).containsExactly(new MeetingHeld("Kommunfullmäktige 2014-10-15", false),
                new MeetingHeld("Kommunstyrelsen 2015-01-20", false),
                new MeetingHeld("Socialnämnden 2020-03-30", true));
    }

    @Test
    void newEventsAreWrittenWithTheirRevisionAndUnannotatedOnesWithRevisionOne() {
        assertThat(serializer.serialize(new MeetingHeld("KF", false), byte[].class).getType().getRevision())
                .isEqualTo("2");
        assertThat(serialization.revisionResolver().revisionOf(UnitRenamed.class))
                .isEqualTo(EventSerialization.FIRST);
    }

    private IntermediateEventRepresentation row(String revision, String payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Meeting", "m-1", 0, "e-" + revision,
                "2026-12-02T10:00:00Z", MeetingHeld.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
