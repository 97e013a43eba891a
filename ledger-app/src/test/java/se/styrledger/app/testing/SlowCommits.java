package se.styrledger.app.testing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Test-only: a writer that holds its transaction open. A subscribing handler runs inside the command's transaction
 * after the event's row is inserted (its global_index taken) and before the commit; for an event whose text carries
 * {@link #MARKER} it waits {@link #HOLD_MILLIS}, so later commands commit past it and readers meet a gap that fills
 * late.
 */
@Configuration(proxyBeanMethods = false)
@ProcessingGroup(SlowCommits.PROCESSING_GROUP)
public class SlowCommits {

    public static final String PROCESSING_GROUP = "test-slow-commits";
    public static final String MARKER = "[hold]";
    public static final long HOLD_MILLIS = 600;

    @Bean
    public ConfigurerModule slowCommitsInTheCommandsTransaction() {
        return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(PROCESSING_GROUP);
    }

    @EventHandler
    void on(Object event) throws InterruptedException {
        if (event.toString().contains(MARKER)) {
            Thread.sleep(HOLD_MILLIS);
        }
    }
}
