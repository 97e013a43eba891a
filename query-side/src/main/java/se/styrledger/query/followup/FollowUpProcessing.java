package se.styrledger.query.followup;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follow-up projections run as one processing group that takes every event in global order, whatever the
 * number of segments: a report's snapshot is written when its closing event is handled, and must then see exactly
 * the events before it (ADR 0040).
 */
@Configuration(proxyBeanMethods = false)
public class FollowUpProcessing {

    public static final String PROCESSING_GROUP = "follow-up";

    @Bean
    public ConfigurerModule followUpInGlobalOrder() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(PROCESSING_GROUP, c -> new SequentialPolicy());
    }
}
