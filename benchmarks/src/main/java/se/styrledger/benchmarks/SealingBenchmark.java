package se.styrledger.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.styrledger.platform.eventstore.EventStoreProperties;
import se.styrledger.platform.sealing.Sealer;
import se.styrledger.platform.sealing.SealedTree;
import se.styrledger.platform.sealing.TamperEvidenceProperties;
import se.styrledger.verifier.MerkleProofs;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.styrledger.benchmarks.ledger.BenchmarkLedger;
import se.styrledger.platform.sealing.CheckpointKeys;
import se.styrledger.verifier.Checkpoint;
import se.styrledger.verifier.DatabaseCheck;
import se.styrledger.verifier.Hashes;
import se.styrledger.verifier.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seal's targets (R-33, issue 15): sealing keeps up with appends at 16 clients on a real ledger in this process
 * (its lag sampled throughout); then, with the ledger stopped so that its projections do not read them, a million
 * synthetic events inserted by the owner with plain SQL and sealed by the ledger's own {@code Sealer}: the sealing
 * rate, the storage per event, verifying them beside reading and hashing the same rows with plain JDBC, and the
 * inclusion proofs the proofs endpoint computes, at that size. Usage: {@code Benchmarks seal [--events=1000000] [--size=S] [--clients=16]
 * [--samples=1000] [--out=docs/benchmarks.md|none]}.
 */
final class SealingBenchmark {

    private static final int INSERT_CHUNK = 100_000;
    private static final long PATIENCE_MILLIS = 600_000;

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private SealingBenchmark(Map<String, String> options) {
        this.options = options;
    }

    static void run(Map<String, String> options) throws Exception {
        new SealingBenchmark(options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        long syntheticEvents = Long.parseLong(option("events", "1000000"));
        int clients = Integer.parseInt(option("clients", "16"));
        int samples = Integer.parseInt(option("samples", "1000"));
        DatasetSize dataset = DatasetSize.parse(option("size", "S"));
        Path data = Path.of(option("data", "target/bench-data/seal-" + Instant.now().toEpochMilli()));
        String out = option("out", "docs/benchmarks.md");
        line("### Run of " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": `seal` (tamper evidence, R-33), "
                + clients + " clients on size " + dataset.name() + ", then " + syntheticEvents + " synthetic events");
        line("");
        line("Machine: " + Machine.line() + ". Load average at start: " + Machine.load() + ". Other helpers' builds"
                + " and tests shared the 2 cores during this run, so every rate here is a floor.");
        line("Command: `./mvnw -q -pl benchmarks -am process-classes -Pbenchmarks -Dbench.args=\"seal "
                + String.join(" ", options.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList()) + "\"`");
        line("");
        AtomicLong maxLag = new AtomicLong();
        AtomicLong lagSum = new AtomicLong();
        AtomicLong lagSamples = new AtomicLong();
        long appended;
        double appendRate;
        double catchUpSeconds;
        try (BenchmarkLedger ledger = BenchmarkLedger.start(data)) {
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            LedgerClient client = new LedgerClient(ledger.baseUrl(), "demo", "demo", json);
            JdbcTemplate owner = new JdbcTemplate(new DriverManagerDataSource(ledger.ownerJdbcUrl()));

            // 1. Appends with many clients while the sealer follows; its lag sampled every 200 ms.
            DatasetGenerator generator = new DatasetGenerator(dataset, 42);
            AtomicBoolean appending = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (appending.get()) {
                    long lag = owner.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index >"
                            + " (SELECT coalesce(max(global_index), 0) FROM ledger_leaf)", Long.class);
                    maxLag.accumulateAndGet(lag, Math::max);
                    lagSum.addAndGet(lag);
                    lagSamples.incrementAndGet();
                    sleep(200);
                }
            });
            sampler.start();
            long eventsBefore = count(owner);
            generator.foundation(client);
            long appendNanos = generator.record(generator.workItems(), client, clients);
            appended = count(owner) - eventsBefore;
            appending.set(false);
            sampler.join();
            long caughtUp = System.nanoTime();
            awaitSealed(owner);
            catchUpSeconds = (System.nanoTime() - caughtUp) / 1e9;
            appendRate = appended / (appendNanos / 1e9);
        }

        // 2. A million events inserted by the owner straight into the store, then sealed, with the ledger stopped:
        // its projections would otherwise read a million events they do not know. The sealer is the ledger's own
        // class on the same database and key.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.toAbsolutePath())
                .setCleanDataDirectory(false).setServerConfig("listen_addresses", "127.0.0.1").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            // One connection for everything, as a pool would keep it open: opening one per query is not the cost
            // measured here.
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, true);
            JdbcTemplate owner = new JdbcTemplate(dataSource);
            Path keys = data.toAbsolutePath().resolveSibling(data.getFileName() + "-signing-key");
            TamperEvidenceProperties properties = new TamperEvidenceProperties(true,
                    keys.resolve("checkpoint-signing-key.pem"), keys.resolve("checkpoint-public-key.pem"), null,
                    null, null, null, null, null);
            CheckpointKeys checkpointKeys = new CheckpointKeys(properties, new StandardEnvironment());
            Sealer sealer = new Sealer(dataSource, new DataSourceTransactionManager(dataSource), properties,
                    checkpointKeys, Clock.systemUTC(), new EventStoreProperties(null, null, null, null, null));

            long insertStart = System.nanoTime();
            insertSynthetic(owner, syntheticEvents);
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
            long sealStart = System.nanoTime();
            while (sealer.sealBatch() > 0) {
                // until everything inserted is sealed
            }
            double sealSeconds = (System.nanoTime() - sealStart) / 1e9;
            long total = count(owner);

            long leaves = owner.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
            long leafBytes = owner.queryForObject("SELECT pg_total_relation_size('ledger_leaf')", Long.class);
            long nodeBytes = owner.queryForObject("SELECT pg_total_relation_size('ledger_tree_node')", Long.class);
            long checkpointBytes = owner.queryForObject("SELECT pg_total_relation_size('ledger_checkpoint')",
                    Long.class);
            long eventBytes = owner.queryForObject("SELECT pg_total_relation_size('domain_event_entry')", Long.class);

            // 3. Verifying against the newest checkpoint, beside reading and hashing the same rows.
            Checkpoint checkpoint;
            try (Connection connection = DriverManager.getConnection(url)) {
                checkpoint = DatabaseCheck.storedCheckpoints(connection, 1).get(0);
            }
            double peerSeconds = plainReadAndHash(url, checkpoint.lastPosition());
            long verifyStart = System.nanoTime();
            Verdict verdict;
            try (Connection connection = DriverManager.getConnection(url)) {
                verdict = DatabaseCheck.check(connection, List.of(checkpoint), checkpointKeys.publicKey());
            }
            double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
            double peerAgain = plainReadAndHash(url, checkpoint.lastPosition());
            double peerBest = Math.min(peerSeconds, peerAgain);
            double verifyRate = checkpoint.treeSize() / verifySeconds;
            double peerRate = checkpoint.treeSize() / peerBest;

            // 4. Inclusion proofs at this size: the proofs endpoint's work (leaf lookup, two node queries, hashing).
            SealedTree tree = new SealedTree(dataSource);
            long size = checkpoint.treeSize();
            Random random = new Random(42);
            double[] millis = new double[samples];
            for (int i = -200; i < samples; i++) {
                long position = owner.queryForObject("SELECT global_index FROM ledger_leaf WHERE leaf_index = ?",
                        Long.class, (long) (random.nextDouble() * size));
                long start = System.nanoTime();
                SealedTree.Leaf leaf = tree.leafAt(position).orElseThrow();
                SealedTree.Proof proof = tree.inclusion(leaf.leafIndex(), size);
                if (!MerkleProofs.verifyInclusion(leaf.leafIndex(), size, leaf.hash(), proof.path(),
                        checkpoint.root())) {
                    throw new IllegalStateException("A proof did not verify at position " + position);
                }
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Latencies proofs = new Latencies("inclusion proof", millis, 0);

            line("| measure | figure | limit / peer | holds |");
            line("|---|---|---|---|");
            line(row("sealer lag while " + clients + " clients append (" + appended + " events at "
                    + format(appendRate) + " events/s)", "max " + maxLag.get() + ", mean "
                    + format(lagSum.get() / (double) Math.max(1, lagSamples.get())) + " events; sealed "
                    + format(catchUpSeconds) + " s after the last append", "bounded (well under the health's"
                    + " max-lag 10,000)", maxLag.get() < 10_000));
            line(row("sealing rate, " + syntheticEvents + " events inserted at once",
                    format(syntheticEvents / sealSeconds) + " events/s (" + format(sealSeconds) + " s)",
                    "the owner's plain insert: " + format(syntheticEvents / insertSeconds) + " events/s", true));
            line(row("verify " + size + " events from the database (" + (verdict.verified() ? "verified" : "FAILED")
                    + ")", format(verifyRate) + " events/s (" + format(verifySeconds) + " s)", "≥ 0.5 × plain JDBC"
                    + " read + SHA-256 of the same rows: " + format(peerRate) + " events/s (best of two, "
                    + format(peerBest) + " s); ratio " + format(verifyRate / peerRate), verifyRate >= 0.5 * peerRate
                    && verdict.verified()));
            line(row("inclusion proof at " + size + " events (" + samples + " samples; leaf lookup, two node"
                    + " queries and hashing over JDBC, without HTTP)", "p50 "
                    + format(proofs.percentile(50)) + " ms, p95 " + format(proofs.percentile(95)) + " ms, p99 "
                    + format(proofs.percentile(99)) + " ms", "p95 ≤ 10 ms", proofs.percentile(95) <= 10));
            line(row("storage per sealed event", format((leafBytes + nodeBytes) / (double) leaves) + " bytes ("
                    + "ledger_leaf " + format(leafBytes / (double) leaves) + " + ledger_tree_node "
                    + format(nodeBytes / (double) leaves) + ", with indexes; checkpoints "
                    + format(checkpointBytes / 1024.0) + " KiB in all)", "the events themselves: "
                    + format(eventBytes / (double) total) + " bytes per event", true));
            line("");
        }
        System.out.println(report);
        if (!out.equals("none")) {
            Files.writeString(Path.of(out), "\n" + report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** The peer: every row the check reads, read with plain JDBC and its payload and metadata hashed. */
    private static double plainReadAndHash(String url, long lastPosition) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement("SELECT global_index, event_identifier, type,"
                    + " aggregate_identifier, sequence_number, time_stamp, payload_type, payload_revision, payload,"
                    + " meta_data FROM domain_event_entry WHERE global_index <= ? ORDER BY global_index")) {
                query.setFetchSize(2_000);
                query.setLong(1, lastPosition);
                MessageDigest digest = Hashes.sha256();
                long rows = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getString(3);
                        rs.getString(4);
                        rs.getLong(5);
                        rs.getString(6);
                        rs.getString(7);
                        rs.getString(8);
                        digest.update(rs.getBytes(9));
                        byte[] meta = rs.getBytes(10);
                        if (meta != null) {
                            digest.update(meta);
                        }
                        digest.digest();
                        rows++;
                    }
                }
                connection.rollback();
                if (rows == 0) {
                    throw new IllegalStateException("No rows");
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Synthetic events of realistic size (a UnitRenamed-like payload, full metadata), inserted in chunks. */
    private static void insertSynthetic(JdbcTemplate owner, long events) {
        for (long from = 1; from <= events; from += INSERT_CHUNK) {
            long to = Math.min(events, from + INSERT_CHUNK - 1);
            owner.update("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload, meta_data)
                    SELECT md5('e' || g), 'synthetic-' || (g % 10000), g / 10000, 'Synthetic',
                        to_char(timestamp '2025-01-01' + g * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'se.styrledger.benchmarks.SyntheticEvent',
                        convert_to('{"unitId":"' || md5('u' || (g % 10000)) || '","name":"Nämnd ' || g
                            || '","decision":{"decidedBy":"' || md5('kf') || '","decidedOn":"2025-01-01",'
                            || '"paragraph":"§ ' || (g % 200) || '","caseNumber":"KS 2025/' || g || '"}}', 'UTF8'),
                        convert_to('{"recordedBy":"bench","commandId":"' || md5('c' || g)
                            || '","correlationId":"' || md5('r' || g) || '"}', 'UTF8')
                    FROM generate_series(?::bigint, ?::bigint) g
                    """, from, to);
        }
    }

    private static void awaitSealed(JdbcTemplate owner) {
        long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            Long lag = owner.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index >"
                    + " (SELECT coalesce(max(global_index), 0) FROM ledger_leaf)", Long.class);
            if (lag != null && lag == 0) {
                return;
            }
            if (System.currentTimeMillis() > giveUp) {
                throw new IllegalStateException("The sealer did not catch up: " + lag + " events behind");
            }
            sleep(100);
        }
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static String row(String measure, String figure, String limit, boolean holds) {
        return "| " + measure + " | " + figure + " | " + limit + " | " + (holds ? "yes" : "**no**") + " |";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.2f", value);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
