package se.styrledger.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How readers of the event stream treat gaps in {@code global_index}. PostgreSQL hands out the index at insert and
 * readers see the row at commit, so a reader can meet a gap that fills a moment later. A processor waits
 * {@code gapTimeoutMillis} for a gap before giving up on it; an event committed later than that would be skipped.
 * Command transactions here last milliseconds, so the default of 60 s leaves a wide margin, and the completeness
 * check in the health endpoint proves no event was skipped.
 *
 * @param gapTimeoutMillis     how long a gap is waited for
 * @param maxGapOffset         how far behind the newest index a gap is still tracked
 * @param gapCleaningThreshold how many gaps make the reader check which of them have filled
 * @param batchSize            events read per query when streaming
 */
@ConfigurationProperties("styrledger.event-store")
public record EventStoreProperties(Integer gapTimeoutMillis, Integer maxGapOffset, Integer gapCleaningThreshold,
                                   Integer batchSize) {

    public EventStoreProperties {
        gapTimeoutMillis = gapTimeoutMillis == null ? 60_000 : gapTimeoutMillis;
        maxGapOffset = maxGapOffset == null ? 10_000 : maxGapOffset;
        gapCleaningThreshold = gapCleaningThreshold == null ? 250 : gapCleaningThreshold;
        batchSize = batchSize == null ? 500 : batchSize;
    }
}
