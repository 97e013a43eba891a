package se.styrledger.query.support;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
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
 * <p>
 * {@code styrledger.projections.processor=tracking} runs them in Axon's tracking processors instead, one thread each,
 * with {@code batch-size} events per transaction (Axon's default is 1): only so that the rebuild benchmark can time
 * the same projections under Axon's defaults beside ours (docs/benchmarks.md). A rebuild works with either, since it
 * uses only what every streaming processor offers.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionSettings {

    @Bean
    public ConfigurerModule pooledProjections(ProjectionProperties properties) {
        int segments = properties.segments();
        int batchSize = properties.batchSize();
        if (properties.processor() == ProjectionProperties.Processor.TRACKING) {
            return configurer -> configurer.eventProcessing()
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(config -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing()
                            .andInitialSegmentsCount(segments)
                            .andBatchSize(batchSize));
        }
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration((config, builder) -> builder
                        .initialSegmentCount(segments)
                        .batchSize(batchSize)
                        .claimExtensionThreshold(properties.claimExtensionMillis()));
    }
}
