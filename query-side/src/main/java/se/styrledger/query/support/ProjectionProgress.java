package se.styrledger.query.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.web.RetryLaterException;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Read-your-writes: how far the projections have got. It reads the tokens from PostgreSQL rather than asking the
 * local processors, so the answer is right on a node that shares the projection work with others.
 */
@Component
public class ProjectionProgress {

    private static final long POLL_MILLIS = 20;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final Duration defaultWait;

    public ProjectionProgress(JdbcTemplate jdbc, Serializer serializer, EventProcessingConfiguration processing,
                              @Value("${styrledger.queries.min-position-wait:5s}") Duration defaultWait) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
        this.defaultWait = defaultWait;
    }

    /**
     * Waits, bounded, until every projection has processed the event at {@code minPosition} and all before it.
     * A missing parameter means no wait. Answers 503 with Retry-After if the projections do not get there in time.
     */
    public void await(Long minPosition) {
        if (minPosition == null) {
            return;
        }
        if (minPosition < 0) {
            throw LedgerException.invalid("minPosition", "minPosition kan inte vara negativ.");
        }
        long deadline = System.nanoTime() + defaultWait.toNanos();
        while (!hasProcessed(minPosition)) {
            if (System.nanoTime() > deadline) {
                throw new RetryLaterException("Läsmodellerna har ännu inte hunnit till position " + minPosition
                        + ". Försök igen om en stund.", 1);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryLaterException("Avbruten i väntan på läsmodellerna.", 1);
            }
        }
    }

    /**
     * True when every segment of every projection covers {@code position}, or has left uncovered only events it has
     * no handler for. The second case matters because a processor stores its token promptly after events it handles
     * but only at its next claim extension (seconds later) after events it merely skips, such as another
     * projection's: without it, a write seen by one projection would keep every other projection's reader waiting.
     */
    public boolean hasProcessed(long position) {
        TrackingToken target = GapAwareTrackingToken.newInstance(position, Collections.emptySortedSet());
        Map<String, EventProcessor> processors = projections();
        List<TokenRow> rows = jdbc.query("SELECT processor_name, token, token_type FROM token_entry",
                (rs, n) -> new TokenRow(rs.getString(1), rs.getBytes(2), rs.getString(3)));
        Set<String> seen = rows.stream().map(TokenRow::processor).collect(Collectors.toSet());
        if (!seen.containsAll(processors.keySet())) {
            return false;
        }
        return rows.stream().filter(row -> processors.containsKey(row.processor())).allMatch(row -> {
            TrackingToken token = row.token() == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(row.token(), byte[].class, row.type(), null));
            return token != null && (token.covers(target)
                    || nothingToHandle(processors.get(row.processor()), token, position));
        });
    }

    /** Whether none of the events up to {@code position} that {@code token} leaves uncovered is one it handles. */
    private boolean nothingToHandle(EventProcessor processor, TrackingToken token, long position) {
        if (!(token instanceof GapAwareTrackingToken gapAware) || !(processor instanceof AbstractEventProcessor p)) {
            return false;
        }
        List<String> types = jdbc.queryForList("SELECT DISTINCT payload_type FROM domain_event_entry"
                        + " WHERE global_index <= ? AND (global_index > ? OR global_index = ANY (?))", String.class,
                position, gapAware.getIndex(), gapAware.getGaps().toArray(Long[]::new));
        return types.stream().noneMatch(type -> handles(p.eventHandlerInvoker(), type));
    }

    private static boolean handles(EventHandlerInvoker invoker, String payloadType) {
        try {
            return invoker.canHandleType(Class.forName(payloadType));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private Map<String, EventProcessor> projections() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .collect(Collectors.toMap(EventProcessor::getName, p -> p));
    }

    private record TokenRow(String processor, byte[] token, String type) {
    }
}
