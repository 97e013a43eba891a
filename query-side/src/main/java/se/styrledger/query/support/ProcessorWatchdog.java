package se.styrledger.query.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.platform.eventstore.AxonTables;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Restarts a projection whose processor runs but has stopped claiming its segments. After a database outage Axon's
 * pooled processor can fail to release its claims and never schedule its next coordination task (seen in
 * DatabaseOutageTest; AxonFramework PR 2224): it then reads nothing until the process restarts. A processor that runs
 * while no node holds a live claim on its segments and the database answers is stuck; a restart makes it
 * claim them again. A claim is live while its owner extends it: one older than twice the claim timeout is left over
 * from the failed release (the owner may be this very node) and counts as none.
 */
@Component
public class ProcessorWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessorWatchdog.class);

    private final EventProcessingConfiguration processing;
    private final AxonTables axonTables;
    private final int patienceChecks;
    private final long staleClaimMillis;
    private final Map<String, Integer> unclaimedChecks = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    public ProcessorWatchdog(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                             TokenStoreProperties tokenStore, ProjectionProperties properties) {
        Duration interval = properties.watchdogInterval();
        this.processing = processing;
        this.axonTables = new AxonTables(jdbc);
        this.staleClaimMillis = 2L * tokenStore.getClaimTimeout().toMillis();
        this.patienceChecks = properties.watchdogPatience();
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        try {
            for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
                String name = processor.getName();
                // Not asking whether it still lists a segment locally: after the failed release it may, with no
                // worker behind it.
                boolean stuck = processor.isRunning() && unclaimed(name);
                int checks = stuck ? unclaimedChecks.merge(name, 1, Integer::sum) : 0;
                unclaimedChecks.put(name, checks);
                if (checks >= patienceChecks) {
                    log.warn("Projection {} has had no live claim on its segments for {} checks: restarting it",
                            name, checks);
                    unclaimedChecks.put(name, 0);
                    processor.shutdownAsync().get(30, TimeUnit.SECONDS);
                    processor.start();
                }
            }
        } catch (Exception e) {
            // The database may still be away; the next check tries again.
            log.debug("Projection watchdog check failed: {}", e.getMessage());
        }
    }

    /** True when the processor has segments and none of them holds a live claim of any node. */
    boolean unclaimed(String processorName) {
        return axonTables.segments(processorName) > 0
                && axonTables.liveClaims(processorName, Duration.ofMillis(staleClaimMillis)) == 0;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
