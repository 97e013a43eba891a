package se.styrledger.query.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.platform.eventstore.AxonTables;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Restarts a projection whose processor runs but has stopped claiming its segments. After a database outage Axon's
 * pooled processor can release its claims and never schedule its next coordination task (seen in DatabaseOutageTest):
 * it then reads nothing until the process restarts. A processor that runs, holds no segment, while no other node
 * holds them either and the database answers, is stuck; a restart makes it claim them again.
 */
@Component
public class ProcessorWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessorWatchdog.class);

    private final EventProcessingConfiguration processing;
    private final AxonTables axonTables;
    private final int patienceChecks;
    private final Map<String, Integer> unclaimedChecks = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    public ProcessorWatchdog(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                             @Value("${styrledger.projections.watchdog-interval:5s}") Duration interval,
                             @Value("${styrledger.projections.watchdog-patience:3}") int patienceChecks) {
        this.processing = processing;
        this.axonTables = new AxonTables(jdbc);
        this.patienceChecks = patienceChecks;
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        try {
            for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
                String name = processor.getName();
                boolean stuck = processor.isRunning() && processor.processingStatus().isEmpty() && unclaimed(name);
                int checks = stuck ? unclaimedChecks.merge(name, 1, Integer::sum) : 0;
                unclaimedChecks.put(name, checks);
                if (checks >= patienceChecks) {
                    log.warn("Projection {} has held no segment for {} checks while nobody else does: restarting it",
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

    /** True when the processor has segments and none of them is claimed by any node. */
    private boolean unclaimed(String processorName) {
        List<AxonTables.StoredToken> segments = axonTables.tokens(processorName);
        return !segments.isEmpty() && segments.stream().allMatch(segment -> segment.owner() == null);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
