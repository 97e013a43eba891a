package se.styrledger.query.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An aggregate's events up to the one being projected: a projection refolds them to place a backdated decision
 * correctly on the decision axis. Later events are left out; they are projected in their own turn.
 * <p>
 * Several projections refold the same aggregate for the same event, and a rebuild meets every event of an aggregate
 * in turn, so the streams read last are kept. That is safe without invalidation: stored events never change, and an
 * aggregate's events commit in sequence order (each command loaded the aggregate up to the one before), so a stream
 * read once is a valid prefix for ever, and a request for a later event than it holds simply reads again.
 */
@Component
public class EntityHistory {

    private final EventStore eventStore;
    private final Map<String, List<DomainEventMessage<?>>> recent;

    @Autowired
    public EntityHistory(EventStore eventStore, ProjectionProperties properties) {
        this(eventStore, properties.historyCacheAggregates());
    }

    public EntityHistory(EventStore eventStore, int cachedAggregates) {
        this.eventStore = eventStore;
        this.recent = new LinkedHashMap<>(cachedAggregates * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<DomainEventMessage<?>>> eldest) {
                return size() > cachedAggregates;
            }
        };
    }

    /** The events of the aggregate that recorded {@code event}, up to and including it. */
    public List<DomainEventMessage<?>> upTo(DomainEventMessage<?> event) {
        return upTo(event.getAggregateIdentifier(), event.getSequenceNumber());
    }

    /**
     * A shared replay reads every event in order and tells each one here before the projections handle it: an
     * aggregate's stream kept here then grows by that event instead of being read again, and a stream's first event
     * starts one. A stream not kept is read from the event store when a projection first asks for it.
     */
    public void follow(DomainEventMessage<?> event) {
        String aggregateId = event.getAggregateIdentifier();
        if (aggregateId == null) {
            return;
        }
        synchronized (recent) {
            List<DomainEventMessage<?>> stream = recent.get(aggregateId);
            if (event.getSequenceNumber() == 0) {
                recent.put(aggregateId, List.of(event));
            } else if (stream != null && !stream.isEmpty()
                    && stream.get(stream.size() - 1).getSequenceNumber() == event.getSequenceNumber() - 1) {
                List<DomainEventMessage<?>> longer = new ArrayList<>(stream.size() + 1);
                longer.addAll(stream);
                longer.add(event);
                recent.put(aggregateId, Collections.unmodifiableList(longer));
            }
        }
    }

    private List<DomainEventMessage<?>> upTo(String aggregateId, long sequenceNumber) {
        List<DomainEventMessage<?>> stream;
        synchronized (recent) {
            stream = recent.get(aggregateId);
        }
        if (stream == null || stream.isEmpty() || stream.get(stream.size() - 1).getSequenceNumber() < sequenceNumber) {
            // From sequence 0: the ledger takes no snapshots, and this form skips Axon's query for one.
            stream = eventStore.readEvents(aggregateId, 0).asStream()
                    .<DomainEventMessage<?>>map(event -> event).toList();
            synchronized (recent) {
                recent.put(aggregateId, stream);
            }
        }
        return stream.stream().takeWhile(event -> event.getSequenceNumber() <= sequenceNumber).toList();
    }
}
