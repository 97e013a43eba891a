package se.styrledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;

/**
 * The row of {@code read_model_rebuild}: whether the read models are complete, and what the last rebuild did. Every
 * query node reads the same row, so they all agree whether to answer.
 *
 * @param now the database's clock when the row was read, so durations never mix two nodes' clocks
 */
public record RebuildState(long generation, Phase phase, String requestedBy, Instant requestedAt, Instant resetAt,
                           Instant finishedAt, Long targetPosition, Long totalEvents, Outcome outcome, String failure,
                           Instant now) {

    public enum Phase {
        /** The read tables are complete; queries are answered. */
        SERVING("läsmodellerna är kompletta"),
        /** A rebuild was requested; every node stops its projections so that their tables can be reset. */
        STOPPING("projektionerna stoppas inför en ombyggnad"),
        /** The tables were reset; the projections replay the event store up to the target position. */
        REPLAYING("läsmodellerna byggs om från händelselagret");

        private final String swedish;

        Phase(String swedish) {
            this.swedish = swedish;
        }

        public String swedish() {
            return swedish;
        }
    }

    public enum Outcome {
        COMPLETED("klar"),
        /** Not every node released its projections in time; nothing was reset and the old tables serve on. */
        ABANDONED("avbruten");

        private final String swedish;

        Outcome(String swedish) {
            this.swedish = swedish;
        }

        public String swedish() {
            return swedish;
        }
    }

    public boolean serving() {
        return phase == Phase.SERVING;
    }

    /** How long the replay took or has taken so far; never zero, so a rate can be computed from it. */
    public Duration replayDuration() {
        Instant end = finishedAt != null ? finishedAt : now;
        Duration duration = resetAt == null ? Duration.ZERO : Duration.between(resetAt, end);
        return duration.isNegative() || duration.isZero() ? Duration.ofMillis(1) : duration;
    }
}
