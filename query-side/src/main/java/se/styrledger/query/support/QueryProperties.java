package se.styrledger.query.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code styrledger.queries.*}: how long a read may wait for {@code minPosition}, and how many long open reads run at a
 * time (ADR 0079, 0136). Checked at start-up: a cap below one or a wait that is not positive stops the ledger with the
 * property's name, instead of failing the first read.
 *
 * @param maxConcurrentExports event exports streaming at a time
 * @param maxConcurrentWaits   reads waiting for {@code minPosition} at a time
 * @param minPositionWait      how long one read waits for {@code minPosition} before 503 with Retry-After
 */
@ConfigurationProperties("styrledger.queries")
public record QueryProperties(Integer maxConcurrentExports, Integer maxConcurrentWaits, Duration minPositionWait) {

    public QueryProperties {
        maxConcurrentExports = maxConcurrentExports == null ? 2 : maxConcurrentExports;
        maxConcurrentWaits = maxConcurrentWaits == null ? 32 : maxConcurrentWaits;
        minPositionWait = minPositionWait == null ? Duration.ofSeconds(5) : minPositionWait;
        if (maxConcurrentExports < 1) {
            throw new IllegalArgumentException("styrledger.queries.max-concurrent-exports must be at least 1");
        }
        if (maxConcurrentWaits < 1) {
            throw new IllegalArgumentException("styrledger.queries.max-concurrent-waits must be at least 1");
        }
        if (minPositionWait.isNegative() || minPositionWait.isZero()) {
            throw new IllegalArgumentException("styrledger.queries.min-position-wait must be positive");
        }
    }
}
