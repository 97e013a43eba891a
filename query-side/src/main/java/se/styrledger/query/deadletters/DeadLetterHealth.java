package se.styrledger.query.deadletters;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code deadLetters} component of {@code /actuator/health}: DOWN while any projection has parked an event, which
 * only an operator can fix (ADR 0096). It belongs to the {@code operations} group that alerting watches, never to
 * {@code readiness}: every query node reads the same table, so making readiness fail would take all of them out of
 * the load balancer at once, while they still answer every read correctly except for the parked entities.
 */
@Component("deadLettersHealthIndicator")
public class DeadLetterHealth extends AbstractHealthIndicator {

    private final DeadLetters deadLetters;

    public DeadLetterHealth(DeadLetters deadLetters) {
        super("Could not read the dead letters");
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Long> parked = new TreeMap<>(deadLetters.countByGroup());
        long total = parked.values().stream().mapToLong(Long::longValue).sum();
        builder.withDetail("parked", parked).withDetail("total", total);
        if (total > 0) {
            builder.down().withDetail("action", "GET /api/v1/admin/dead-letters, fix the cause, then POST"
                    + " /api/v1/admin/dead-letters/{processingGroup}/retry");
        } else {
            builder.up();
        }
    }
}
