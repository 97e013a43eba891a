package se.styrledger.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How writers and readers of the event stream treat gaps in {@code global_index}. PostgreSQL hands out the index at
 * insert and readers see the row at commit, so a reader can meet a gap that fills a moment later. A processor waits
 * {@code gapTimeoutMillis} for a gap before giving up on it; an event committed later than that would be skipped.
 * The ledger closes that door from the writer's side: a command's transaction that has run for
 * {@code writeTimeoutMillis} is rolled back instead of committed (and the database ends a transaction left idle), so
 * no event can commit after readers gave up on its position. Start-up fails unless the gap timeout leaves a wide
 * margin over the write timeout. See ADR 0020 and docs/reliability.md.
 *
 * @param gapTimeoutMillis     how long a gap is waited for
 * @param writeTimeoutMillis   how long a command's transaction may run before it is rolled back
 * @param maxGapOffset         how far behind the newest index a gap is still tracked; large, so that at any write
 *                             rate the time-based rule above, not this one, decides when a gap is given up
 * @param gapCleaningThreshold how many gaps make the reader check which of them have timed out
 * @param batchSize            events read per query when streaming
 */
@ConfigurationProperties("styrledger.event-store")
public record EventStoreProperties(Integer gapTimeoutMillis, Integer writeTimeoutMillis, Integer maxGapOffset,
                                   Integer gapCleaningThreshold, Integer batchSize) {

    /** Gap timeout over write timeout: room for a commit that stalls after the last statement (fsync, GC pause). */
    static final int MARGIN_FACTOR = 3;

    public EventStoreProperties {
        gapTimeoutMillis = gapTimeoutMillis == null ? 60_000 : gapTimeoutMillis;
        writeTimeoutMillis = writeTimeoutMillis == null ? 10_000 : writeTimeoutMillis;
        maxGapOffset = maxGapOffset == null ? 100_000 : maxGapOffset;
        gapCleaningThreshold = gapCleaningThreshold == null ? 250 : gapCleaningThreshold;
        batchSize = batchSize == null ? 500 : batchSize;
        if (writeTimeoutMillis < 1_000) {
            throw new IllegalArgumentException("styrledger.event-store.write-timeout-millis must be at least 1000");
        }
        if (gapTimeoutMillis < MARGIN_FACTOR * writeTimeoutMillis) {
            throw new IllegalArgumentException("styrledger.event-store.gap-timeout-millis (" + gapTimeoutMillis
                    + ") must be at least " + MARGIN_FACTOR + " times write-timeout-millis (" + writeTimeoutMillis
                    + "), or an event committed late could be skipped by the projections");
        }
    }

    /** Spring's transaction timeouts are whole seconds. */
    public int writeTimeoutSeconds() {
        return Math.max(1, writeTimeoutMillis / 1000);
    }
}
