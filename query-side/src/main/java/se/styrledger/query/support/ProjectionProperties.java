package se.styrledger.query.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code styrledger.projections.*}: how the projections' processors run and are watched (ADR 0136, 0200). Checked at
 * start-up: a nonsense value stops the ledger with the property's name. The node's name in token claims,
 * {@code styrledger.projections.node-id}, belongs to the token store and is bound by the platform
 * ({@code ProjectionNodeProperties}).
 *
 * @param processor              which Axon processor runs the projections: {@code pooled}, or {@code tracking} only for
 *                               the rebuild benchmark's peer (docs/benchmarks.md)
 * @param segments               segments per projection, claimed by the query nodes (docs/scaling.md)
 * @param batchSize              events per processor transaction
 * @param claimExtensionMillis   how often a pooled processor stores the token of events it only skipped
 * @param historyCacheAggregates aggregate streams {@link EntityHistory} keeps in memory; 0 keeps none
 * @param watchdogInterval       how often {@link ProcessorWatchdog} looks for a processor that lost its claims
 * @param watchdogPatience       checks in a row a processor may hold no claim before it is restarted
 * @param health                 when {@code /actuator/health} reports the projections out of service
 */
@ConfigurationProperties("styrledger.projections")
public record ProjectionProperties(Processor processor, Integer segments, Integer batchSize, Long claimExtensionMillis,
                                   Integer historyCacheAggregates, Duration watchdogInterval,
                                   Integer watchdogPatience, Health health) {

    /** The kinds of Axon processor the projections can run in. */
    public enum Processor {
        POOLED, TRACKING
    }

    /** @param maxLag events a projection may be behind the stream before the node is OUT_OF_SERVICE */
    public record Health(Long maxLag) {

        public Health {
            maxLag = maxLag == null ? 1000 : maxLag;
            if (maxLag < 0) {
                throw new IllegalArgumentException("styrledger.projections.health.max-lag must be 0 or more");
            }
        }
    }

    public ProjectionProperties {
        processor = processor == null ? Processor.POOLED : processor;
        segments = segments == null ? 1 : segments;
        batchSize = batchSize == null ? 100 : batchSize;
        claimExtensionMillis = claimExtensionMillis == null ? 250 : claimExtensionMillis;
        historyCacheAggregates = historyCacheAggregates == null ? 4096 : historyCacheAggregates;
        watchdogInterval = watchdogInterval == null ? Duration.ofSeconds(5) : watchdogInterval;
        watchdogPatience = watchdogPatience == null ? 3 : watchdogPatience;
        health = health == null ? new Health(null) : health;
        if (segments < 1) {
            throw new IllegalArgumentException("styrledger.projections.segments must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("styrledger.projections.batch-size must be at least 1");
        }
        if (claimExtensionMillis < 1) {
            throw new IllegalArgumentException("styrledger.projections.claim-extension-millis must be at least 1");
        }
        if (historyCacheAggregates < 0) {
            throw new IllegalArgumentException("styrledger.projections.history-cache-aggregates must be 0 or more");
        }
        if (watchdogInterval.isNegative() || watchdogInterval.isZero()) {
            throw new IllegalArgumentException("styrledger.projections.watchdog-interval must be positive");
        }
        if (watchdogPatience < 1) {
            throw new IllegalArgumentException("styrledger.projections.watchdog-patience must be at least 1");
        }
    }
}
