package se.styrledger.platform.sealing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.platform.eventstore.EventStoreProperties;
import se.styrledger.verifier.CanonicalEvent;
import se.styrledger.verifier.Checkpoint;
import se.styrledger.verifier.CompactRange;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows the event store and extends the Merkle tree over its events in order of position: each new event's
 * leaf hash and every subtree root it completes go into {@code ledger_leaf} and {@code ledger_tree_node} in one
 * transaction, with a signed checkpoint every N events, every T while events arrive, and after every closing of a
 * report. The tree in memory is its right edge only; a restarted sealer reads that edge back from the few stored
 * nodes that cover the tree, and hashes nothing twice.
 *
 * <p>It never seals past a gap in {@code global_index} that may still fill (ADR 0082): an event that commits into a
 * gap after its successor was sealed would be outside the tree for ever. A gap is closed for good once every
 * transaction that could hold its index has ended: the sealer notes the sequence's last value, and once no
 * transaction that was running at that moment is left (or the gap timeout has passed, as for the projections), no
 * index up to that value can still appear.
 */
@Component
public class Sealer implements SmartLifecycle {

    /** Only one node seals at a time; the others find the lock taken and wait for their next turn. */
    private static final long SEALER_LOCK = 0x5e41_3e41L;
    private static final String REPORT_CLOSED = ".FollowUpReportClosed";

    private static final Logger log = LoggerFactory.getLogger(Sealer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TamperEvidenceProperties properties;
    private final CheckpointKeys keys;
    private final Clock clock;
    private final long gapTimeoutNanos;
    private ScheduledExecutorService executor;

    private CompactRange tree;
    private long lastPosition;
    private long lastCheckpointSize;
    private Instant lastCheckpointAt;
    private long finalThrough;
    private Observation observation;

    /** The sequence's last value at a moment, as the database clock and this JVM's clock saw it. */
    private record Observation(long lastValue, Timestamp at, long nanos) {
    }

    public Sealer(DataSource dataSource, PlatformTransactionManager transactionManager,
                  TamperEvidenceProperties properties, CheckpointKeys keys, Clock clock,
                  EventStoreProperties eventStore) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.keys = keys;
        this.clock = clock;
        this.gapTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(eventStore.gapTimeoutMillis());
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sealer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sealAvailable, 0, properties.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** After the event store and the projections: sealing follows what they write. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void sealAvailable() {
        try {
            while (sealBatch() >= properties.batchSize()) {
                // A full batch: more are waiting.
            }
        } catch (RuntimeException e) {
            // The database went away or another node sealed meanwhile: start again from what is stored.
            log.warn("Sealing paused, will retry: {}", e.getMessage());
        }
    }

    /** Seals what can be sealed now, up to one batch; returns how many events it sealed. */
    public synchronized int sealBatch() {
        Integer sealed;
        try {
            sealed = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class,
                    SEALER_LOCK))) {
                return 0;
            }
            Long stored = jdbc.queryForObject("SELECT coalesce(max(leaf_index), -1) + 1 FROM ledger_leaf",
                    Long.class);
            if (tree == null || tree.size() != stored) {
                resume(stored);
            }
            closeGaps();
            return seal();
            });
        } catch (RuntimeException e) {
            tree = null;
            throw e;
        }
        return sealed == null ? 0 : sealed;
    }

    private void resume(long size) {
        List<byte[]> cover = new ArrayList<>();
        for (CompactRange.Node node : CompactRange.coveringNodes(size)) {
            cover.add(node.level() == 0
                    ? jdbc.queryForObject("SELECT leaf_hash FROM ledger_leaf WHERE leaf_index = ?", byte[].class,
                    node.index())
                    : jdbc.queryForObject("SELECT hash FROM ledger_tree_node WHERE level = ? AND node_index = ?",
                    byte[].class, node.level(), node.index()));
        }
        tree = CompactRange.resume(size, cover);
        lastPosition = size == 0 ? 0 : jdbc.queryForObject(
                "SELECT global_index FROM ledger_leaf WHERE leaf_index = ?", Long.class, size - 1);
        List<Object[]> last = jdbc.query("SELECT tree_size, issued_at FROM ledger_checkpoint ORDER BY tree_size DESC"
                + " LIMIT 1", (rs, i) -> new Object[]{rs.getLong(1), rs.getTimestamp(2).toInstant()});
        lastCheckpointSize = last.isEmpty() ? 0 : (Long) last.get(0)[0];
        lastCheckpointAt = last.isEmpty() ? clock.instant() : (Instant) last.get(0)[1];
        log.info("Sealer resumes at {} sealed events (position {})", size, lastPosition);
    }

    /**
     * Moves {@link #finalThrough} up: every index up to it was handed to a transaction that has ended, so a gap
     * there is a rolled-back insert, never an event still to come. A session of another role shows neither its
     * state nor its type to the application role; it counts as one that may still hold an index.
     */
    private void closeGaps() {
        if (observation != null) {
            boolean timedOut = System.nanoTime() - observation.nanos() >= gapTimeoutNanos;
            if (timedOut || !Boolean.TRUE.equals(jdbc.queryForObject("""
                    SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                                   WHERE pid <> pg_backend_pid()
                                     AND (backend_type = 'client backend' OR backend_type IS NULL)
                                     AND datid = (SELECT oid FROM pg_database WHERE datname = current_database())
                                     AND (state IS NULL OR xact_start <= ?))
                    """, Boolean.class, observation.at()))) {
                finalThrough = Math.max(finalThrough, observation.lastValue());
                observation = null;
            }
        }
        if (observation == null) {
            // The sequence first, then the time: whoever took an index up to lastValue began before this moment.
            Long lastValue = jdbc.queryForObject("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END"
                    + " FROM domain_event_entry_global_index_seq", Long.class);
            Timestamp at = jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class);
            observation = new Observation(lastValue, at, System.nanoTime());
        }
    }

    private int seal() {
        List<Object[]> leaves = new ArrayList<>();
        List<Object[]> nodes = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        boolean[] stopped = {false};
        jdbc.query("SELECT global_index, event_identifier, type, aggregate_identifier, sequence_number, time_stamp,"
                + " payload_type, payload_revision, payload, meta_data FROM domain_event_entry"
                + " WHERE global_index > ? ORDER BY global_index LIMIT ?", rs -> {
            long position = rs.getLong(1);
            if (stopped[0] || position != lastPosition + 1 && position - 1 > finalThrough) {
                stopped[0] = true;
                return;
            }
            CanonicalEvent event = CanonicalEvent.fromStored(position, rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getBytes(9), rs.getBytes(10));
            byte[] leaf = event.leafHash();
            leaves.add(new Object[]{tree.size(), position, leaf});
            for (CompactRange.Node node : tree.append(leaf)) {
                nodes.add(new Object[]{node.level(), node.index(), node.hash()});
            }
            lastPosition = position;
            if (event.payloadType().endsWith(REPORT_CLOSED)) {
                checkpoints.add(checkpoint("report-closed"));
            } else if (tree.size() - lastCheckpointSize >= properties.checkpointEveryEvents()) {
                checkpoints.add(checkpoint("events"));
            }
        }, lastPosition, properties.batchSize());
        if (leaves.isEmpty()) {
            if (tree.size() > lastCheckpointSize && !clock.instant().isBefore(
                    lastCheckpointAt.plus(properties.checkpointEvery()))) {
                checkpoints.add(checkpoint("time"));
            }
        }
        jdbc.batchUpdate("INSERT INTO ledger_leaf (leaf_index, global_index, leaf_hash) VALUES (?, ?, ?)", leaves);
        jdbc.batchUpdate("INSERT INTO ledger_tree_node (level, node_index, hash) VALUES (?, ?, ?)", nodes);
        for (Checkpoint checkpoint : checkpoints) {
            jdbc.update("INSERT INTO ledger_checkpoint (tree_size, last_position, root_hash, issued_at, reason,"
                    + " key_id, document) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tree_size) DO NOTHING",
                    checkpoint.treeSize(), checkpoint.lastPosition(), checkpoint.root(),
                    Timestamp.from(Instant.parse(checkpoint.issuedAt())), checkpoint.reason(), checkpoint.keyId(),
                    checkpoint.json());
        }
        return leaves.size();
    }

    private Checkpoint checkpoint(String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        lastCheckpointSize = tree.size();
        lastCheckpointAt = now;
        return Checkpoint.sign(tree.size(), lastPosition, tree.root(), now, reason, keys.privateKey(),
                keys.publicKey());
    }
}
