package se.styrledger.query.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.styrledger.platform.task.LedgerTask;

/**
 * {@code --styrledger.task=rebuild}: rebuilds every read model from the event store and exits when they are
 * complete. Other query nodes on the same database take part and answer 503 meanwhile; this node's coordinator logs
 * the progress.
 */
@Component
public class RebuildTask implements LedgerTask {

    private static final Logger log = LoggerFactory.getLogger(RebuildTask.class);

    private final Rebuilds rebuilds;
    private final RebuildStates states;
    private final RebuildCoordinator coordinator;

    public RebuildTask(Rebuilds rebuilds, RebuildStates states, RebuildCoordinator coordinator) {
        this.rebuilds = rebuilds;
        this.states = states;
        this.coordinator = coordinator;
    }

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String description() {
        return "rebuild every read model from the event store, with progress, and exit when done";
    }

    @Override
    public int run() throws InterruptedException {
        long generation = rebuilds.request("task rebuild (" + System.getProperty("user.name") + ")");
        log.info("Rebuild {} requested", generation);
        while (true) {
            Thread.sleep(coordinator.pollInterval().toMillis());
            RebuildState state = states.read();
            if (state.generation() != generation) {
                log.error("Rebuild {} was overtaken by rebuild {}", generation, state.generation());
                return FAILED;
            }
            if (state.serving()) {
                RebuildStatus status = rebuilds.status();
                if (state.outcome() == RebuildState.Outcome.COMPLETED) {
                    log.info("Rebuild {} complete: {} events in {} ms = {} events/s", generation,
                            status.totalEvents(), state.replayDuration().toMillis(), status.eventsPerSecond());
                    return OK;
                }
                log.error("Rebuild {} {}: {}", generation, status.outcomeLabel(), state.failure());
                return FAILED;
            }
        }
    }
}
