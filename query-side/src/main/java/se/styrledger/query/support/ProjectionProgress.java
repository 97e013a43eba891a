package se.styrledger.query.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
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
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Read-your-writes: how far the projections have got. A processor's stored token moves only when it handles an
 * event, so one that skipped the newest events would look behind for ever; the segments this node runs are therefore
 * judged by their live status, and segments run by other nodes by the tokens they stored in PostgreSQL.
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

    /** True when every segment of every projection covers {@code position}. */
    public boolean hasProcessed(long position) {
        Map<String, List<TokenRow>> stored = jdbc.query("SELECT processor_name, segment, token, token_type FROM token_entry",
                        (rs, n) -> new TokenRow(rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getString(4)))
                .stream().collect(Collectors.groupingBy(TokenRow::processor));
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
                if (token == null || !covers(token, position)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A position below the target that no committed event holds (an insert that was rolled back, or one still in
     * flight that no client has been told about) is no reason to wait: the token only has to have handled every
     * event that exists up to the target. Otherwise a rolled-back insert would hold every read back until the event
     * store gives up on the gap.
     */
    private boolean covers(TrackingToken token, long position) {
        SortedSet<Long> open = token instanceof GapAwareTrackingToken gapAware
                ? gapAware.getGaps().headSet(position) : Collections.emptySortedSet();
        SortedSet<Long> absent = new TreeSet<>(open);
        if (!open.isEmpty()) {
            absent.removeAll(jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE global_index = ANY (?)",
                    Long.class, (Object) open.toArray(Long[]::new)));
        }
        return token.covers(GapAwareTrackingToken.newInstance(position, absent));
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
