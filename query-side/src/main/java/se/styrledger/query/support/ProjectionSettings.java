package se.styrledger.query.support;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection runs in a pooled streaming processor: its token lives in PostgreSQL next to its read tables and is
 * updated in the same transaction, so each event changes a read table exactly once, and several query nodes share
 * the work by claiming segments.
 * <p>
 * A processor stores its token right after handling events, but after events it only skips (another projection's)
 * not until its claim is next extended. Health and {@code minPosition} on other nodes read the stored tokens, so that
 * interval bounds how stale they look; Axon's 5 s default would outlast a read's whole wait.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionSettings {

    @Bean
    public ConfigurerModule pooledProjections(@Value("${styrledger.projections.segments:1}") int segments,
                                              @Value("${styrledger.projections.batch-size:100}") int batchSize,
                                              @Value("${styrledger.projections.claim-extension-millis:250}")
                                              long claimExtensionMillis) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration((config, builder) -> builder
                        .initialSegmentCount(segments)
                        .batchSize(batchSize)
                        .claimExtensionThreshold(claimExtensionMillis));
    }
}
