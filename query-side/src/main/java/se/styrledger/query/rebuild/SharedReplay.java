package se.styrledger.query.rebuild;

import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.ReplayBuffer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The replay of a rebuild in one pass (ADR 0140): one read of the event stream, shared by every projection, each
 * event deserialised once and handed to every projection's handlers in the order its processor would, one
 * transaction per batch of events. The bitemporal tables are written set-based at the end of each batch
 * ({@link ReplayBuffer}); the projections' handlers are the live path's own, so there is one fold per event and read
 * model. Each batch stores every projection's token, so a replay that stops half way (a node gone, a handler that
 * throws) is taken up by the projections' own processors from there, as a per-processor replay.
 * <p>
 * The caller holds the claim of every projection's token (it reset them) and keeps the processors stopped meanwhile.
 */
@Component
public class SharedReplay {

    /** Half of Axon's default claim timeout (10 s): the longest one transaction of the replay runs. */
    private static final Duration MAX_TRANSACTION = Duration.ofSeconds(5);

    private final EventStorageEngine storage;
    private final TokenStore tokenStore;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final EntityHistory history;
    private final int batchSize;

    public SharedReplay(EventStorageEngine storage, TokenStore tokenStore,
                        PlatformTransactionManager transactionManager, JdbcTemplate jdbc, EntityHistory history,
                        RebuildProperties properties) {
        this.storage = storage;
        this.tokenStore = tokenStore;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.history = history;
        this.batchSize = properties.sharedReplayBatchSize();
    }

    /** A projection's processor and its handlers, in the order the processor calls them. */
    private record Projection(String name, List<EventMessageHandler> handlers, int[] segments) {
    }

    /**
     * Replays every event up to {@code target} into the given projections, whose tables were just reset; calls
     * {@code afterBatch} after each committed batch. Returns the number of events replayed.
     */
    public long run(List<StreamingEventProcessor> processors, long target, Runnable afterBatch)
            throws InterruptedException {
        List<Projection> projections = new ArrayList<>();
        for (StreamingEventProcessor processor : processors) {
            List<EventMessageHandler> handlers = new ArrayList<>();
            if (processor instanceof AbstractEventProcessor abstractProcessor) {
                collect(abstractProcessor.eventHandlerInvoker(), handlers);
            }
            projections.add(new Projection(processor.getName(), handlers,
                    tokenStore.fetchSegments(processor.getName())));
        }
        long replayed = 0;
        ReplayBuffer buffer = ReplayBuffer.begin();
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
            boolean more = true;
            while (more) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("Shared replay interrupted after " + replayed + " events");
                }
                batch.clear();
                while (batch.size() < batchSize && (more = events.hasNext())) {
                    TrackedEventMessage<?> event = events.next();
                    if (event.trackingToken().position().orElse(Long.MAX_VALUE) > target) {
                        more = false;
                        break;
                    }
                    batch.add(event);
                }
                if (batch.isEmpty()) {
                    break;
                }
                for (int from = 0; from < batch.size(); ) {
                    int start = from;
                    from = transaction.execute(tx -> handle(batch, start, projections, buffer));
                    replayed += from - start;
                    afterBatch.run();
                }
            }
        } finally {
            buffer.end();
        }
        return replayed;
    }

    /**
     * Handles the batch's events from {@code from} in one transaction and returns the index after the last one
     * handled: all of them, or fewer once {@link #MAX_TRANSACTION} has passed, so that the tokens' claims are
     * extended (stored) well within Axon's claim timeout and no other node takes them over mid-replay.
     */
    private int handle(List<TrackedEventMessage<?>> batch, int from, List<Projection> projections,
                       ReplayBuffer buffer) {
        long deadline = System.nanoTime() + MAX_TRANSACTION.toNanos();
        int next = from;
        while (next < batch.size() && (next == from || System.nanoTime() < deadline)) {
            TrackedEventMessage<?> event = batch.get(next++);
            if (event instanceof DomainEventMessage<?> domainEvent) {
                history.follow(domainEvent);
            }
            for (Projection projection : projections) {
                for (EventMessageHandler handler : projection.handlers()) {
                    if (handler.canHandle(event)) {
                        try {
                            handler.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("Projection " + projection.name() + " failed on event "
                                    + event.getIdentifier() + " (" + event.getPayloadType().getSimpleName() + ")", e);
                        }
                    }
                }
            }
        }
        buffer.flush(jdbc);
        TrackingToken last = batch.get(next - 1).trackingToken();
        for (Projection projection : projections) {
            for (int segment : projection.segments()) {
                tokenStore.storeToken(last, projection.name(), segment);
            }
        }
        return next;
    }

    private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collect(delegate, handlers));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            handlers.addAll(simple.eventHandlers());
        } else {
            throw new IllegalStateException("A shared replay cannot call the handlers of " + invoker
                    + "; set styrledger.rebuild.replay=per-processor");
        }
    }
}
