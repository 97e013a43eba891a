package se.styrledger.query.testing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only projection that handles every event and remembers each event it was given, so a test can compare what a
 * projection saw with what the event store holds. It keys by event identifier: the tracking token that comes with a
 * late event (one that filled a gap) carries the highest index seen so far, not the event's own.
 */
@Component
@ProcessingGroup(EventRecorder.PROCESSING_GROUP)
public class EventRecorder {

    public static final String PROCESSING_GROUP = "test-event-recorder";

    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        SEEN.computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
    }

    /** How often each event, by its identifier, was handed to this projection. */
    public static Map<String, Integer> seen() {
        Map<String, Integer> copy = new java.util.HashMap<>();
        SEEN.forEach((index, times) -> copy.put(index, times.get()));
        return copy;
    }
}
