package se.styrledger.query.completeness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.styrledger.query.support.ProjectionProgress;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Gauges per projection, tagged {@code processor}: {@code styrledger.projection.lag} (events not yet processed),
 * {@code styrledger.projection.position} and {@code styrledger.projection.dead.letters}; and, untagged,
 * {@code styrledger.dead.letters.alert}, 1 while any projection has parked an event, for one alert rule that never
 * needs to know the projections' names. One scrape reads the progress once for all gauges; a scrape while the
 * database is away reports NaN instead of failing.
 */
@Component
public class ProjectionMetrics {

    private static final long SNAPSHOT_MILLIS = 1_000;

    private final ProjectionStatus status;
    private final ProjectionProgress progress;
    private final MeterRegistry registry;
    private List<ProjectionStatus.Processor> snapshot = List.of();
    private long snapshotAt;

    public ProjectionMetrics(ProjectionStatus status, ProjectionProgress progress, MeterRegistry registry) {
        this.status = status;
        this.progress = progress;
        this.registry = registry;
    }

    /** The processors exist once Axon has started, which is after the meter registry. */
    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        for (String processor : progress.projectionNames()) {
            gauge("styrledger.projection.lag", processor, "events in the store the projection has not processed",
                    p -> p.lag());
            gauge("styrledger.projection.position", processor, "global index the projection has processed up to",
                    p -> p.position() == null ? -1 : p.position());
            gauge("styrledger.projection.dead.letters", processor, "events the projection parked as dead letters",
                    p -> p.deadLetters());
        }
        Gauge.builder("styrledger.dead.letters.alert", this, ProjectionMetrics::alert)
                .description("1 while any projection has parked an event as a dead letter, else 0")
                .register(registry);
    }

    private double alert() {
        try {
            return current().stream().anyMatch(p -> p.deadLetters() > 0) ? 1 : 0;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private void gauge(String name, String processor, String description,
                       ToDoubleFunction<ProjectionStatus.Processor> value) {
        Gauge.builder(name, this, metrics -> metrics.read(processor, value))
                .tag("processor", processor)
                .description(description)
                .register(registry);
    }

    private double read(String processor, ToDoubleFunction<ProjectionStatus.Processor> value) {
        try {
            return current().stream().filter(p -> p.name().equals(processor)).findFirst()
                    .map(value::applyAsDouble).orElse(Double.NaN);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private synchronized List<ProjectionStatus.Processor> current() {
        long now = System.currentTimeMillis();
        if (now - snapshotAt > SNAPSHOT_MILLIS) {
            snapshot = status.processors();
            snapshotAt = now;
        }
        return snapshot;
    }
}
