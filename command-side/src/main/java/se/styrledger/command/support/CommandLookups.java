package se.styrledger.command.support;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's lookups are updated by a subscribing processor, in the command's transaction. A failure there
 * must fail the command (Axon's default would log and carry on, leaving the lookup behind the events).
 */
@Configuration(proxyBeanMethods = false)
public class CommandLookups {

    public static final String PROCESSING_GROUP = "command-lookups";

    @Bean
    public ConfigurerModule commandLookupsProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(PROCESSING_GROUP)
                .assignProcessingGroup(PROCESSING_GROUP, PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
