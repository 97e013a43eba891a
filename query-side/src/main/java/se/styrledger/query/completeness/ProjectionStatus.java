package se.styrledger.query.completeness;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.deadletters.DeadLetters;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.platform.eventstore.AxonTables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How complete each projection is, measured against the event store itself rather than taken from the processors:
 * its position (the lowest index all its segments have passed), the events in the store it has not yet processed
 * (those after its position, and those in gaps it still waits for), and the events it parked as dead letters. The
 * tokens are read from PostgreSQL, so every node reports the same, whichever node does the work.
 */
@Component
public class ProjectionStatus {

    private final AxonTables axonTables;
    private final Serializer serializer;
    private final ProjectionProgress progress;
    private final DeadLetters deadLetters;

    public ProjectionStatus(AxonTables axonTables, Serializer serializer, ProjectionProgress progress,
                            DeadLetters deadLetters) {
        this.axonTables = axonTables;
        this.serializer = serializer;
        this.progress = progress;
        this.deadLetters = deadLetters;
    }

    /**
     * @param position    the index every segment has passed; null before the projection processed anything
     * @param head        the highest index in the event store
     * @param lag         events in the store this projection has not yet processed; 0 means it is complete
     * @param deadLetters events it failed on and parked
     */
    public record Processor(String name, Long position, long head, long lag, long deadLetters) {

        public boolean complete() {
            return lag == 0 && deadLetters == 0;
        }
    }

    public List<Processor> processors() {
        long head = axonTables.head();
        Map<String, Long> parked = deadLetters.countByGroup();
        List<Processor> result = new ArrayList<>();
        for (String name : progress.projectionNames()) {
            List<TrackingToken> tokens = tokens(name);
            Long position = null;
            SortedSet<Long> gaps = new TreeSet<>();
            boolean unstarted = tokens.isEmpty() || tokens.contains(null);
            if (!unstarted) {
                for (TrackingToken token : tokens) {
                    TrackingToken lower = WrappedToken.unwrapLowerBound(token);
                    long index = lower.position().orElse(-1L);
                    position = position == null ? index : Math.min(position, index);
                    if (lower instanceof GapAwareTrackingToken gapAware) {
                        gaps.addAll(gapAware.getGaps());
                    }
                }
            }
            long lag = lag(unstarted ? null : position, gaps);
            result.add(new Processor(name, position, head, lag, parked.getOrDefault(name, 0L)));
        }
        result.sort(Comparator.comparing(Processor::name));
        return result;
    }

    private long lag(Long position, SortedSet<Long> gaps) {
        return position == null ? axonTables.count() : axonTables.countNotSeen(position, gaps);
    }

    private List<TrackingToken> tokens(String processor) {
        return axonTables.tokens(processor).stream().map(t -> t.token() == null ? null
                : serializer.<byte[], TrackingToken>deserialize(
                        new SimpleSerializedObject<>(t.token(), byte[].class, t.tokenType(), null))).toList();
    }
}
