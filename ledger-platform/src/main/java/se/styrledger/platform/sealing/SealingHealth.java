package se.styrledger.platform.sealing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far the seal is behind the event store, in {@code /actuator/health} (component {@code sealing}) and as the
 * gauges {@code styrledger.sealing.lag} and {@code styrledger.sealing.tree.size}. Read from the tables, so every
 * node reports the same; at most once a second. Behind the store is normal for a moment (a gap waits to close); the
 * node stays UP, because the answers it serves are not affected, and {@code behind} turns true above
 * {@code styrledger.tamper-evidence.max-lag}.
 */
@Component("sealing")
public class SealingHealth implements HealthIndicator {

    private static final long SNAPSHOT_MILLIS = 1_000;

    /** The seal's progress at one moment. */
    public record Progress(long sealedEvents, long sealedThrough, long head, long lag, Long checkpointSize,
                           String checkpointIssuedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TamperEvidenceProperties properties;
    private Progress snapshot;
    private long snapshotAt;

    public SealingHealth(DataSource dataSource, TamperEvidenceProperties properties, MeterRegistry registry) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        Gauge.builder("styrledger.sealing.lag", this, health -> health.read(true))
                .description("events in the store not yet sealed into the Merkle tree").register(registry);
        Gauge.builder("styrledger.sealing.tree.size", this, health -> health.read(false))
                .description("events sealed into the Merkle tree").register(registry);
    }

    private double read(boolean lag) {
        try {
            Progress progress = progress();
            return lag ? progress.lag() : progress.sealedEvents();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public synchronized Progress progress() {
        long now = System.currentTimeMillis();
        if (snapshot == null || now - snapshotAt >= SNAPSHOT_MILLIS) {
            Map<String, Object> sealed = jdbc.queryForMap("SELECT coalesce(max(leaf_index), -1) + 1 AS size,"
                    + " coalesce(max(global_index), 0) AS through FROM ledger_leaf"
                    + " WHERE leaf_index = (SELECT max(leaf_index) FROM ledger_leaf)");
            long size = ((Number) sealed.get("size")).longValue();
            long through = ((Number) sealed.get("through")).longValue();
            Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry",
                    Long.class);
            Long lag = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?",
                    Long.class, through);
            Map<String, Object> checkpoint = jdbc.queryForList("SELECT tree_size, issued_at FROM ledger_checkpoint"
                    + " ORDER BY tree_size DESC LIMIT 1").stream().findFirst().orElse(Map.of());
            snapshot = new Progress(size, through, head == null ? 0 : head, lag == null ? 0 : lag,
                    checkpoint.isEmpty() ? null : ((Number) checkpoint.get("tree_size")).longValue(),
                    checkpoint.isEmpty() ? null : String.valueOf(checkpoint.get("issued_at")));
            snapshotAt = now;
        }
        return snapshot;
    }

    @Override
    public Health health() {
        Progress progress;
        try {
            progress = progress();
        } catch (DataAccessException e) {
            // The database being away is the db component's finding; the endpoint itself must still answer.
            return Health.down().withDetail("error", "the seal's tables cannot be read: " + e.getClass().getSimpleName())
                    .build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enabled", properties.enabled());
        details.put("sealedEvents", progress.sealedEvents());
        details.put("sealedThrough", progress.sealedThrough());
        details.put("head", progress.head());
        details.put("lag", progress.lag());
        details.put("maxLag", properties.maxLag());
        details.put("behind", progress.lag() > properties.maxLag());
        details.put("lastCheckpointTreeSize", progress.checkpointSize());
        details.put("lastCheckpointIssuedAt", progress.checkpointIssuedAt());
        return Health.up().withDetails(details).build();
    }
}
