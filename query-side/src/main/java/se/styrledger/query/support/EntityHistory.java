package se.styrledger.query.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * An aggregate's events up to the one being projected: a projection refolds them to place a backdated decision
 * correctly on the decision axis. Later events are left out; they are projected in their own turn.
 */
@Component
public class EntityHistory {

    private final EventStore eventStore;

    public EntityHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<DomainEventMessage<?>> upTo(UUID aggregateId, long sequenceNumber) {
        return upTo(aggregateId.toString(), sequenceNumber);
    }

    /** The events of the aggregate that recorded {@code event}, up to and including it. */
    public List<DomainEventMessage<?>> upTo(DomainEventMessage<?> event) {
        return upTo(event.getAggregateIdentifier(), event.getSequenceNumber());
    }

    private List<DomainEventMessage<?>> upTo(String aggregateId, long sequenceNumber) {
        return eventStore.readEvents(aggregateId).asStream()
                .takeWhile(event -> event.getSequenceNumber() <= sequenceNumber)
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }
}
