package se.styrledger.platform.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Events stored before events carried revisions have none ({@code payload_revision} NULL); they are revision
 * {@value EventSerialization#FIRST} of their type. Runs first in the chain, so every later upcaster is written against
 * explicit revisions only, and never needs to know that older rows exist. Changes only the type's revision, never
 * the payload, and nothing is written back: the stored row stays as it was recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirstRevisionUpcaster extends SingleEventUpcaster {

    private static final String EVENTS = "se.styrledger.events.";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getRevision() == null && event.getType().getName().startsWith(EVENTS);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcast(new SimpleSerializedType(event.getType().getName(), EventSerialization.FIRST),
                event.getContentType(), data -> data, metaData -> metaData);
    }
}
