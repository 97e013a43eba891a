package se.styrledger.query.rebuild;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Where the read models stand, for the admin endpoint, the log and the metrics. Progress is measured in positions of
 * the event store: the slowest projection's position against the newest position when the tables were reset.
 * Positions can have small gaps (rolled-back transactions), so {@code eventsDone} is an estimate while replaying and
 * exact at the end.
 */
@Schema(description = "Läsmodellernas läge och den senaste ombyggnadens förlopp")
public record RebuildStatus(
        long generation,
        String state,
        @Schema(description = "Läget på svenska") String stateLabel,
        @Schema(description = "Sant när läsmodellerna är kompletta och frågor besvaras") boolean serving,
        String requestedBy,
        Instant requestedAt,
        @Schema(description = "När tabellerna nollställdes och uppspelningen började") Instant replayStartedAt,
        Instant finishedAt,
        String outcome,
        String outcomeLabel,
        String failure,
        @Schema(description = "Den position uppspelningen ska nå") Long targetPosition,
        @Schema(description = "Antal händelser att spela upp") Long totalEvents,
        Long eventsDone,
        @Schema(description = "Den långsammaste projektionens position") long processedPosition,
        Double percent,
        Double eventsPerSecond,
        @Schema(description = "Uppskattad återstående tid i sekunder") Long secondsLeft,
        @Schema(description = "Varje projektions position") Map<String, Long> projections) {

    static RebuildStatus of(RebuildState state, Map<String, Long> positions) {
        long processed = positions.values().stream().mapToLong(Long::longValue).min().orElse(0);
        Long done = null;
        Double percent = null;
        Double rate = null;
        Long left = null;
        if (state.resetAt() != null && state.totalEvents() != null) {
            long total = state.totalEvents();
            double fraction = state.phase() == RebuildState.Phase.SERVING || state.targetPosition() == 0 ? 1.0
                    : Math.min(1.0, (double) processed / state.targetPosition());
            done = Math.round(total * fraction);
            percent = Math.round(fraction * 1000) / 10.0;
            double seconds = state.replayDuration().toNanos() / 1e9;
            rate = Math.round(done / seconds * 10) / 10.0;
            left = rate > 0 ? Math.round((total - done) / rate) : null;
        }
        return new RebuildStatus(state.generation(), state.phase().name(), state.phase().swedish(), state.serving(),
                state.requestedBy(), state.requestedAt(), state.resetAt(), state.finishedAt(),
                state.outcome() == null ? null : state.outcome().name(),
                state.outcome() == null ? null : state.outcome().swedish(), state.failure(), state.targetPosition(),
                state.totalEvents(), done, processed, percent, rate, left, positions);
    }

    /** One line for the log and the CLI. */
    String summary() {
        if (state.equals(RebuildState.Phase.STOPPING.name())) {
            return "rebuild " + generation + ": stopping projections on every node";
        }
        if (percent == null) {
            return "rebuild " + generation + ": " + state;
        }
        return String.format(Locale.ROOT, "rebuild %d: %.1f %% (%d of %d events), %.1f events/s, %s left", generation, percent,
                eventsDone, totalEvents, eventsPerSecond, secondsLeft == null ? "unknown time" : secondsLeft + " s");
    }
}
