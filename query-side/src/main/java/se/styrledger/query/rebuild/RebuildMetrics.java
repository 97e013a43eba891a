package se.styrledger.query.rebuild;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A rebuild in Micrometer, as this node last saw it: whether one runs, how far it is, its rate and the time left,
 * and, once done, how long it took. Updated by the coordinator's ticks, so a scrape never queries the database.
 */
@Component
public class RebuildMetrics {

    private final AtomicReference<RebuildStatus> last = new AtomicReference<>();
    private final MeterRegistry registry;

    public RebuildMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("styrledger.rebuild.active", last, s -> s.get() == null || s.get().serving() ? 0 : 1)
                .description("1 while the read models are being rebuilt and queries answer 503").register(registry);
        Gauge.builder("styrledger.rebuild.progress", last, s -> value(s.get() == null ? null : s.get().percent()) / 100)
                .description("Share of the events replayed by the current or last rebuild (0-1)").register(registry);
        Gauge.builder("styrledger.rebuild.rate", last, s -> value(s.get() == null ? null : s.get().eventsPerSecond()))
                .description("Events replayed per second by the current or last rebuild")
                .baseUnit("events.per.second").register(registry);
        Gauge.builder("styrledger.rebuild.remaining", last,
                        s -> value(s.get() == null || s.get().secondsLeft() == null ? null
                                : s.get().secondsLeft().doubleValue()))
                .description("Estimated time left of the current rebuild").baseUnit("seconds").register(registry);
    }

    void update(RebuildStatus status) {
        last.set(status);
    }

    void finished(RebuildStatus status, RebuildState state) {
        update(status);
        Counter.builder("styrledger.rebuild.finished").tag("outcome", String.valueOf(status.outcome()))
                .description("Rebuilds this node saw to their end").register(registry).increment();
        if (state.resetAt() != null) {
            Timer.builder("styrledger.rebuild.duration").description("How long the replay of a rebuild took")
                    .register(registry).record(state.replayDuration());
        }
    }

    private static double value(Double value) {
        return value == null ? 0 : value;
    }
}
