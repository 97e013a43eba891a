package se.styrledger.query.rebuild;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code styrledger.rebuild.*}: how the query nodes carry out a rebuild (ADR 0030, 0136, 0140). Checked at start-up: a
 * nonsense value stops the ledger with the property's name, instead of failing the first rebuild.
 *
 * @param pollInterval          how often each node reads the rebuild state
 * @param logInterval           how often a node logs the progress of a replay
 * @param stopTimeout           how long a rebuild waits for every node to release its projections before it is
 *                              abandoned (nothing reset)
 * @param replay                {@code shared}: one replay of the stream for every projection, set-based;
 *                              {@code per-processor}: each processor replays on its own
 * @param sharedReplayBatchSize events per transaction of a shared replay
 */
@ConfigurationProperties("styrledger.rebuild")
public record RebuildProperties(Duration pollInterval, Duration logInterval, Duration stopTimeout, Replay replay,
                                Integer sharedReplayBatchSize) {

    /** Who replays the stream after the read models were reset. */
    public enum Replay {
        SHARED, PER_PROCESSOR
    }

    public RebuildProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        logInterval = logInterval == null ? Duration.ofSeconds(5) : logInterval;
        stopTimeout = stopTimeout == null ? Duration.ofMinutes(2) : stopTimeout;
        replay = replay == null ? Replay.SHARED : replay;
        sharedReplayBatchSize = sharedReplayBatchSize == null ? 2000 : sharedReplayBatchSize;
        positive(pollInterval, "poll-interval");
        positive(logInterval, "log-interval");
        positive(stopTimeout, "stop-timeout");
        if (sharedReplayBatchSize < 1) {
            throw new IllegalArgumentException("styrledger.rebuild.shared-replay-batch-size must be at least 1");
        }
    }

    private static void positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("styrledger.rebuild." + name + " must be positive");
        }
    }
}
