package se.styrledger.query.completeness;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import se.styrledger.query.support.ProjectionProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code projections} component of {@code /actuator/health}, part of the {@code readiness} group: per projection
 * its position, lag and dead letters. OUT_OF_SERVICE (HTTP 503, so a load balancer stops sending reads) while one is
 * more than {@code styrledger.projections.health.max-lag} events behind: its answers are stale, but it catches up by
 * itself. Dead letters are shown but do not count here: {@code deadLetters} reports them to operators (ADR 0096).
 */
@Component("projections")
public class ProjectionHealth extends AbstractHealthIndicator {

    private final ProjectionStatus status;
    private final long maxLag;

    public ProjectionHealth(ProjectionStatus status,
                            ProjectionProperties properties) {
        super("Could not read the projections' progress");
        this.status = status;
        this.maxLag = properties.health().maxLag();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Status overall = Status.UP;
        for (ProjectionStatus.Processor processor : status.processors()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("position", processor.position());
            details.put("head", processor.head());
            details.put("lag", processor.lag());
            details.put("deadLetters", processor.deadLetters());
            details.put("complete", processor.complete());
            builder.withDetail(processor.name(), details);
            if (processor.lag() > maxLag) {
                overall = Status.OUT_OF_SERVICE;
            }
        }
        builder.withDetail("maxLag", maxLag).status(overall);
    }
}
