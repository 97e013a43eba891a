package se.styrledger.query.rebuild;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.query.support.ProjectionProgress;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Carries out rebuilds on this node, in step with every other query node on the database (ADR 0030). Each tick reads
 * the shared state and acts on it:
 * <ul>
 *     <li>STOPPING: stop this node's projections, then try to reset every projection's tokens and tables in one
 *     transaction. Axon claims each token for the reset, so the reset fails, and is retried on the next tick, while
 *     any other node still processes; whichever node succeeds moves the state to REPLAYING.</li>
 *     <li>REPLAYING: run the projections again and, once all of them have reached the target position, mark the
 *     read models complete.</li>
 * </ul>
 * With {@code styrledger.rebuild.replay=shared} (the default) the node that reset the tables keeps the tokens'
 * claims and replays the stream itself, once for all projections, set-based ({@link SharedReplay}, ADR 0140), before
 * it runs its processors again; they then find their tokens at the target, or, if the replay stopped half way, carry
 * on from where it got. With {@code per-processor} each processor replays the stream on its own, event by event.
 * <ul>
 *     <li>SERVING: run any projection this node stopped.</li>
 * </ul>
 * Any node can finish what another began, so a rebuild survives the node that asked for it.
 */
@Component
public class RebuildCoordinator {

    private static final Logger log = LoggerFactory.getLogger(RebuildCoordinator.class);

    private final RebuildStates states;
    private final QueryProjections projections;
    private final ProjectionProgress progress;
    private final TokenStore tokenStore;
    private final TransactionTemplate transaction;
    private final RebuildMetrics metrics;
    private final Duration pollInterval;
    private final Duration logInterval;
    private final Duration stopTimeout;
    private final SharedReplay sharedReplay;
    private final boolean shared;

    /** Only the coordinator's own thread touches these. */
    private final Set<StreamingEventProcessor> stoppedHere = new LinkedHashSet<>();
    private Instant lastLogged = Instant.MIN;

    private ScheduledExecutorService executor;

    public RebuildCoordinator(RebuildStates states, QueryProjections projections, ProjectionProgress progress,
                              TokenStore tokenStore, PlatformTransactionManager transactionManager,
                              RebuildMetrics metrics, RebuildProperties properties, SharedReplay sharedReplay) {
        this.states = states;
        this.projections = projections;
        this.progress = progress;
        this.tokenStore = tokenStore;
        this.transaction = new TransactionTemplate(transactionManager);
        this.metrics = metrics;
        this.pollInterval = properties.pollInterval();
        this.logInterval = properties.logInterval();
        this.stopTimeout = properties.stopTimeout();
        this.sharedReplay = sharedReplay;
        this.shared = properties.replay() == RebuildProperties.Replay.SHARED;
    }

    /** After the processors have started and before any task runs, so a rebuild task finds the coordinator going. */
    @EventListener(ApplicationStartedEvent.class)
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rebuild-coordinator");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tickSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Before Axon shuts the processors down, so the coordinator never restarts one that is being closed. */
    @EventListener(ContextClosedEvent.class)
    public synchronized void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(30, TimeUnit.SECONDS);
            executor = null;
        }
    }

    Duration pollInterval() {
        return pollInterval;
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("Rebuild coordinator tick failed; trying again in {}", pollInterval, e);
        }
    }

    private void tick() {
        RebuildState state = states.read();
        switch (state.phase()) {
            case SERVING -> {
                restartStoppedProjections();
                metrics.update(RebuildStatus.of(state, Map.of()));
            }
            case STOPPING -> stopAndReset(state);
            case REPLAYING -> replay(state);
        }
    }

    private void stopAndReset(RebuildState state) {
        for (StreamingEventProcessor processor : projections.all()) {
            if (processor.isRunning()) {
                log.info("Rebuild {}: stopping projection {} on this node", state.generation(), processor.getName());
                processor.shutDown();
                stoppedHere.add(processor);
            }
        }
        if (state.requestedAt() != null
                && Duration.between(state.requestedAt(), state.now()).compareTo(stopTimeout) > 0) {
            abandon(state, "Alla noder släppte inte sina projektioner inom " + stopTimeout.toSeconds()
                    + " sekunder. Inget har nollställts; läsmodellerna används som förut.");
            return;
        }
        try {
            Boolean reset = transaction.execute(tx -> reset(state.generation()));
            if (Boolean.TRUE.equals(reset)) {
                if (shared) {
                    replayShared(state.generation());
                }
                restartStoppedProjections();
            }
        } catch (UnableToClaimTokenException e) {
            log.info("Rebuild {}: waiting for other nodes to release their projections ({})", state.generation(),
                    e.getMessage());
        } catch (RuntimeException e) {
            log.error("Rebuild {} could not reset the read models", state.generation(), e);
            abandon(state, "Läsmodellerna kunde inte nollställas: " + e.getMessage()
                    + ". Inget har nollställts; läsmodellerna används som förut.");
        }
    }

    /** One transaction: every projection's @ResetHandler clears its tables and its tokens go back to the start. */
    private boolean reset(long generation) {
        if (!states.lockStopping(generation)) {
            return false;
        }
        long target = states.head();
        long total = states.eventsUpTo(target);
        for (StreamingEventProcessor processor : projections.all()) {
            processor.resetTokens();
            if (!shared) {
                // Released, so that any node, not only this one, can take up the replay at once.
                releaseClaims(processor);
            }
        }
        states.markReplaying(generation, target, total);
        log.info("Rebuild {}: read tables reset; replaying {} events up to position {}", generation, total, target);
        lastLogged = Instant.now();
        return true;
    }

    /**
     * Replays the stream once for every projection while this node holds their claims; then releases them, so that
     * the processors, here or on any node, go on from where the replay got (the target, or less if it failed).
     */
    private void replayShared(long generation) {
        RebuildState state = states.read();
        long target = state.targetPosition() == null ? 0 : state.targetPosition();
        List<StreamingEventProcessor> processors = projections.all();
        try {
            long replayed = sharedReplay.run(processors, target, () -> {
                RebuildStatus status = RebuildStatus.of(state, progress.positions());
                metrics.update(status);
                if (Duration.between(lastLogged, Instant.now()).compareTo(logInterval) >= 0) {
                    log.info("{}", status.summary());
                    lastLogged = Instant.now();
                }
            });
            log.info("Rebuild {}: shared replay handled {} events up to position {}", generation, replayed, target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Rebuild {}: shared replay interrupted; the projections' processors carry on from where it got",
                    generation);
        } catch (RuntimeException e) {
            log.error("Rebuild {}: shared replay failed; the projections' processors carry on from where it got",
                    generation, e);
        } finally {
            transaction.executeWithoutResult(tx -> processors.forEach(this::releaseClaims));
        }
    }

    private void releaseClaims(StreamingEventProcessor processor) {
        for (int segment : tokenStore.fetchSegments(processor.getName())) {
            tokenStore.releaseClaim(processor.getName(), segment);
        }
    }

    private void replay(RebuildState state) {
        restartStoppedProjections();
        long target = state.targetPosition() == null ? 0 : state.targetPosition();
        if ((target == 0 || progress.hasProcessed(target)) && states.complete(state.generation())) {
            RebuildState done = states.read();
            RebuildStatus status = RebuildStatus.of(done, progress.positions());
            metrics.finished(status, done);
            log.info("Rebuild {} finished: {} events replayed in {} ms, {} events/s", done.generation(),
                    status.totalEvents(), done.replayDuration().toMillis(), status.eventsPerSecond());
            return;
        }
        RebuildStatus status = RebuildStatus.of(state, progress.positions());
        metrics.update(status);
        if (Duration.between(lastLogged, Instant.now()).compareTo(logInterval) >= 0) {
            log.info("{}", status.summary());
            lastLogged = Instant.now();
        }
    }

    private void abandon(RebuildState state, String failure) {
        if (states.abandon(state.generation(), failure)) {
            log.warn("Rebuild {} abandoned: {}", state.generation(), failure);
            RebuildState abandoned = states.read();
            metrics.finished(RebuildStatus.of(abandoned, Map.of()), abandoned);
        }
        restartStoppedProjections();
    }

    private void restartStoppedProjections() {
        stoppedHere.removeIf(processor -> {
            try {
                processor.start();
                return true;
            } catch (IllegalStateException stillStopping) {
                return false;
            }
        });
    }
}
