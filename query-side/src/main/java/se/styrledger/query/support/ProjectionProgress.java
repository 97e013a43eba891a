package se.styrledger.query.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.platform.web.ConcurrencyCap;
import se.styrledger.platform.web.RetryLaterException;
import se.styrledger.platform.eventstore.AxonTables;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Read-your-writes: how far the projections have got. A processor's stored token moves only when it handles an
 * event, so one that skipped the newest events would look behind for ever; the segments this node runs are therefore
 * judged by their live status, and segments run by other nodes by the tokens they stored in PostgreSQL. Neither moves
 * promptly past events a projection merely skips (another projection's events), so a segment also counts as caught
 * up when every event it has not yet covered up to the position is of a type its projection does not handle.
 */
@Component
public class ProjectionProgress {

    /** How far behind a position a token may be for the events between to be looked at one by one. */
    static final long SKIPPED_EVENTS_CHECKED = 5_000;

    private static final long POLL_MILLIS = 20;

    private final AxonTables axonTables;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final Duration defaultWait;
    private final ReadCaps caps;

    public ProjectionProgress(JdbcTemplate jdbc, Serializer serializer, EventProcessingConfiguration processing,
                              QueryProperties properties, ReadCaps caps) {
        this.axonTables = new AxonTables(jdbc);
        this.caps = caps;
        this.serializer = serializer;
        this.processing = processing;
        this.defaultWait = properties.minPositionWait();
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
        if (hasProcessed(minPosition)) {
            return;
        }
        // Only a read that has to wait takes a place under the cap; one that is already satisfied never queues.
        try (ConcurrencyCap.Permit waiting = caps.waits().enter()) {
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
    }

    /** True when every segment of every projection covers {@code position}. */
    public boolean hasProcessed(long position) {
        Map<String, List<TokenRow>> stored = tokenRows().stream().collect(Collectors.groupingBy(TokenRow::processor));
        for (String name : projectionNames()) {
            List<TokenRow> segments = stored.getOrDefault(name, List.of());
            if (segments.isEmpty()) {
                return false;
            }
            Map<Integer, EventTrackerStatus> local = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
            for (TokenRow segment : segments) {
                EventTrackerStatus status = local.get(segment.segment());
                TrackingToken token = status != null ? status.getTrackingToken() : deserialize(segment);
                if (token == null
                        || !reached(token, position) && !onlySkippedEventsUncovered(name, token, position)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The token is past {@code position} and that position is not one of its gaps. Gaps below it are not waited for:
     * most are appends that rolled back (a conflicting command) and never fill, and Axon keeps them in the token
     * until it is thousands of events further, so {@code covers} would refuse every later position meanwhile.
     */
    static boolean reached(TrackingToken token, long position) {
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> gapAware.getIndex() >= position && !gapAware.getGaps().contains(position))
                .orElseGet(() -> token.covers(GapAwareTrackingToken.newInstance(position, Collections.emptySortedSet())));
    }

    private boolean onlySkippedEventsUncovered(String processorName, TrackingToken token, long position) {
        Optional<AbstractEventProcessor> processor = processing.eventProcessor(processorName,
                AbstractEventProcessor.class);
        if (!(WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) || processor.isEmpty()) {
            return false;
        }
        if (position - gapAware.getIndex() > SKIPPED_EVENTS_CHECKED) {
            // A projection this far behind is catching up (a rebuild, a restart), not idle past events it skips:
            // its token is stored every claim extension while it skips. Looking would scan the whole distance.
            return false;
        }
        if (axonTables.head() < position) {
            // Nothing recorded there yet: there is nothing to have skipped.
            return false;
        }
        EventHandlerInvoker handlers = processor.get().eventHandlerInvoker();
        List<AxonTables.PayloadTypeSeen> uncovered = axonTables.payloadTypesNotSeen(position, gapAware.getIndex(),
                gapAware.getGaps());
        // A position with no event yet is not reached, however little there is to handle before it.
        return uncovered.stream().anyMatch(AxonTables.PayloadTypeSeen::atPosition)
                && uncovered.stream().noneMatch(u -> handles(handlers, u.payloadType()));
    }

    private static boolean handles(EventHandlerInvoker handlers, String payloadType) {
        try {
            return handlers.canHandleType(Class.forName(payloadType));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * How far each projection has got: the lowest position over its segments (0 before its first event), read from
     * the shared tokens so that every node gives the same answer. Used to show a rebuild's progress.
     */
    public Map<String, Long> positions() {
        Set<String> processors = projectionNames();
        Map<String, Long> positions = new TreeMap<>();
        processors.forEach(name -> positions.put(name, 0L));
        Map<String, List<TokenRow>> byProcessor = tokenRows().stream()
                .filter(row -> processors.contains(row.processor()))
                .collect(Collectors.groupingBy(TokenRow::processor));
        byProcessor.forEach((name, rows) -> positions.put(name, rows.stream()
                .mapToLong(row -> Optional.ofNullable(deserialize(row)).flatMap(t -> boxed(t.position())).orElse(0L))
                .min().orElse(0L)));
        return positions;
    }

    private List<TokenRow> tokenRows() {
        return axonTables.tokens().stream()
                .map(t -> new TokenRow(t.processor(), t.segment(), t.token(), t.tokenType())).toList();
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    public Set<String> projectionNames() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> p.getName())
                .collect(Collectors.toSet());
    }

    private TrackingToken deserialize(TokenRow row) {
        return row.token() == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(row.token(), byte[].class, row.type(), null));
    }

    private record TokenRow(String processor, int segment, byte[] token, String type) {
    }
}
