package se.styrledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.benchmarks.ledger.BenchmarkLedger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Generates a dataset through the public API of a real ledger in this process, measuring as it goes: append rate with
 * one client and with many beside the plain-JDBC limit, query latencies at 10%, 50% and 100% of the history,
 * as-of beside current state, and peak heap and RSS. Prints a table and appends it, with the machine line, to the
 * results file.
 *
 * <p>Usage: {@code Benchmarks <what> [--size=S|L|TINY|c,b,y,g,a] [--clients=16] [--seed=42] [--samples=300]
 * [--limit-seconds=10] [--data=target/bench-data/<time>] [--out=docs/benchmarks.md|none] [--reuse]
 * [--peer-events=0]}, where {@code what} is
 * {@code all}, {@code generate} (dataset and counts only), {@code append} (dataset, append rates and limit),
 * {@code queries} (dataset and query latencies), {@code web} (dataset and the web UI's pages) or {@code rebuild} (dataset, then the rebuild of every read model
 * beside its limit and its peer). {@code --reuse --data=<dir>} skips generating: {@code queries} and {@code rebuild}
 * run on the dataset an earlier run left in that directory (same size and seed). {@code --peer-events=N} times the
 * peer's rebuild over the first N events only.
 */
public final class Benchmarks {

    private final Map<String, String> options;
    private final String what;
    private final StringBuilder report = new StringBuilder();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private CpuTime cpu;
    /** Per append phase with many clients: history share, clients, lag p50, p95, max (s), samples, load. */
    private final List<String[]> lagRows = new ArrayList<>();
    private long postgresPeakKiB;

    private Benchmarks(String what, Map<String, String> options) {
        this.what = what;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        // Maven hands the arguments over as one string; a shell hands them over split.
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            words.addAll(List.of(arg.trim().split("\\s+")));
        }
        Map<String, String> options = new LinkedHashMap<>();
        String what = "all";
        for (String word : words) {
            if (word.startsWith("--")) {
                int equals = word.indexOf('=');
                if (equals < 0) {
                    options.put(word.substring(2), "true");
                } else {
                    options.put(word.substring(2, equals), word.substring(equals + 1));
                }
            } else if (!word.isEmpty()) {
                what = word;
            }
        }
        if (what.equals("seal")) {
            SealingBenchmark.run(options);
        } else if (what.equals("kolada")) {
            KoladaBulkBenchmark.run(options);
        } else {
            new Benchmarks(what, options).run();
        }
        System.exit(0);
    }

    /** Runs the benchmark and returns its report (markdown), also written to the results file unless out=none. */
    static String run(String what, Map<String, String> options) throws Exception {
        return new Benchmarks(what, options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private String run() throws Exception {
        DatasetSize size = DatasetSize.parse(option("size", "S"));
        int clients = Integer.parseInt(option("clients", "16"));
        long seed = Long.parseLong(option("seed", "42"));
        int samples = Integer.parseInt(option("samples", "300"));
        double limitSeconds = Double.parseDouble(option("limit-seconds", "10"));
        long peerEvents = Long.parseLong(option("peer-events", "0"));
        boolean reuse = Boolean.parseBoolean(option("reuse", "false"));
        if (reuse && !options.containsKey("data")) {
            throw new IllegalArgumentException("--reuse needs --data=<the directory an earlier generate run filled>");
        }
        Path data = Path.of(option("data", "target/bench-data/" + Instant.now().toEpochMilli()));
        String out = option("out", "docs/benchmarks.md");
        boolean append = !reuse && (what.equals("all") || what.equals("append"));
        boolean queries = what.equals("all") || what.equals("queries");
        boolean rebuild = what.equals("all") || what.equals("rebuild");
        boolean web = what.equals("all") || what.equals("web");

        line("### Run of " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": `" + what + "` on size " + size.name()
                + " " + size + ", " + clients + " clients, seed " + seed + (reuse ? ", reusing " + data : ""));
        line("");
        line("Machine: " + Machine.line() + ". Load average at start: " + Machine.load() + ".");
        line("Command: `./mvnw -q -pl benchmarks -am process-classes -Pbenchmarks -Dbench.args=\"" + what + " "
                + String.join(" ", options.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList())
                + "\"` (JVM: " + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments().stream().filter(a -> a.startsWith("-X")).toList()) + ")");
        line("");

        cpu = new CpuTime(data);
        Machine.watchHeap();
        Rebuild ours = null;
        try (BenchmarkLedger ledger = BenchmarkLedger.start(data)) {
            LedgerClient client = new LedgerClient(ledger.baseUrl(), "demo", "demo", json);
            DatasetGenerator generator = new DatasetGenerator(size, seed);
            List<String[]> appendRows = new ArrayList<>();
            List<String[]> growthRows = new ArrayList<>();
            if (reuse) {
                awaitServing(client);
                generator.recordedGoals(new JdbcTemplate(ledger.dataSource()));
                if (queries) {
                    growthRows.addAll(measureQueries(ledger, generator, client, samples, "100%", seed));
                }
            } else {
                generator.foundation(client);
                List<DatasetGenerator.WorkItem> items = generator.workItems();
                int tenth = Math.max(1, items.size() / 10);
                int half = Math.max(tenth, items.size() / 2);
                // A fresh JVM runs interpreted code at first: about 3,000 commands with many clients warm it up
                // before one client is timed. One client is slow: it records at most about 1,500 commands, the rest
                // of the first 10% goes with many.
                long perItem = Math.max(1, generator.plannedCommands() / items.size());
                int warm = (int) Math.min(tenth / 2, 3000 / perItem);
                int single = (int) Math.max(warm + 1, Math.min(tenth, warm + 1500 / perItem));
                if (warm > 0) {
                    appendRows.add(measureAppend(ledger, generator, items.subList(0, warm), client, clients,
                            "0→" + share(warm, items.size()) + " (warm-up)"));
                }
                appendRows.add(measureAppend(ledger, generator, items.subList(warm, single), client, 1,
                        share(warm, items.size()) + "→" + share(single, items.size())));
                if (single < tenth) {
                    appendRows.add(measureAppend(ledger, generator, items.subList(single, tenth), client, clients,
                            share(single, items.size()) + "→10%"));
                }
                if (queries) {
                    growthRows.addAll(measureQueries(ledger, generator, client, samples, "10%", seed));
                }
                appendRows.add(measureAppend(ledger, generator, items.subList(tenth, half), client, clients,
                        "10→50%"));
                if (queries) {
                    growthRows.addAll(measureQueries(ledger, generator, client, samples, "50%", seed));
                }
                appendRows.add(measureAppend(ledger, generator, items.subList(half, items.size()), client, clients,
                        "50→100%"));
                if (queries) {
                    growthRows.addAll(measureQueries(ledger, generator, client, samples, "100%", seed));
                }
                line("Commands sent: " + client.commands() + " (planned: " + generator.plannedCommands() + ").");
                line("");
            }

            eventCounts(ledger);
            if (append) {
                appendTable(ledger, appendRows, clients, limitSeconds);
            }
            if (queries) {
                queryTable(growthRows);
            }
            if (web) {
                awaitProjections(client);
                report.append(WebUiBenchmark.run(ledger.baseUrl(), generator, samples, seed));
            }
            samplePostgres(data);
            if (rebuild) {
                awaitProjections(client);
                ours = timeRebuild(ledger, client, 0, data);
                samplePostgres(data);
                ours = limitRead(ledger, ours);
            }
            line("Memory of this JVM (ledger and benchmark clients): peak heap in use " + Machine.peakHeapMiB()
                    + " MiB (sampled every 50 ms), RSS " + Machine.rss() + ". Embedded PostgreSQL (a separate"
                    + " process; postmaster and its children, shared buffers counted in each): RSS peak of samples "
                    + postgresPeakKiB / 1024 + " MiB. Load average at end: " + Machine.load() + ".");
            line("");
        }
        if (rebuild) {
            // Axon's defaults on the same data directory: tracking processors, one event per transaction, each
            // replaying the stream on its own (the ledger's per-processor replay, not its shared one).
            try (BenchmarkLedger peer = BenchmarkLedger.start(data, "--styrledger.projections.processor=tracking",
                    "--styrledger.projections.batch-size=1", "--styrledger.rebuild.replay=per-processor")) {
                LedgerClient client = new LedgerClient(peer.baseUrl(), "demo", "demo", json);
                awaitServing(client);
                Rebuild theirs = timeRebuild(peer, client, peerEvents, data);
                rebuildTable(ours, theirs, peerEvents);
            }
        }
        if (!out.equals("none")) {
            Path results = Path.of(out);
            Files.writeString(results, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("Appended to " + results.toAbsolutePath());
        }
        return report.toString();
    }

    private void samplePostgres(Path data) {
        postgresPeakKiB = Math.max(postgresPeakKiB, Machine.postgresRssKiB(data));
    }

    /** What one rebuild did: events replayed and how long, and whether the read tables came out as before. */
    private record Rebuild(long events, double seconds, String load, String tables, boolean complete,
                           double limitRowsPerSecond, String limitLoad) {

        double perSecond() {
            return events / seconds;
        }

        Rebuild withLimit(double rowsPerSecond, String load) {
            return new Rebuild(events, seconds, this.load, tables, complete, rowsPerSecond, load);
        }
    }

    /**
     * Asks the ledger to rebuild every read model (POST /api/v1/admin/rebuild) and follows it until done, or until
     * the slowest projection has passed the first {@code firstEvents} events (0: all). Times the replay from when the
     * tables were reset, as the ledger reports it. A full rebuild must leave every read table with the same rows.
     */
    private Rebuild timeRebuild(BenchmarkLedger ledger, LedgerClient client, long firstEvents, Path data)
            throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(ledger.dataSource());
        Map<String, Map<String, Long>> before = readTables(jdbc);
        long total = count(jdbc);
        boolean partial = firstEvents > 0 && firstEvents < total;
        Long untilPosition = partial ? jdbc.queryForObject("SELECT global_index FROM domain_event_entry"
                + " ORDER BY global_index OFFSET ? LIMIT 1", Long.class, firstEvents - 1) : null;
        String load = Machine.load();
        long generation = client.postAgain("/api/v1/admin/rebuild").path("generation").asLong();
        long deadline = System.nanoTime() + 6 * 3600 * 1_000_000_000L;
        while (true) {
            JsonNode status = client.getJson("/api/v1/admin/rebuild");
            if (status.path("generation").asLong() >= generation) {
                if (status.path("failure").isTextual()) {
                    throw new IllegalStateException("Rebuild failed: " + status.path("failure").asText());
                }
                Instant resetAt = status.path("replayStartedAt").isTextual()
                        ? Instant.parse(status.path("replayStartedAt").asText()) : null;
                if (partial && resetAt != null && status.path("processedPosition").asLong() >= untilPosition) {
                    double seconds = Duration.between(resetAt, Instant.now()).toNanos() / 1e9;
                    return new Rebuild(firstEvents, seconds, load + " → " + Machine.load(),
                            "not compared (partial)", false, 0, "");
                }
                if (!partial && status.path("finishedAt").isTextual() && status.path("serving").asBoolean()) {
                    double seconds = Duration.between(resetAt, Instant.parse(status.path("finishedAt").asText()))
                            .toNanos() / 1e9;
                    samplePostgres(data);
                    return new Rebuild(status.path("totalEvents").asLong(), seconds, load + " → " + Machine.load(),
                            compareTables(before, readTables(jdbc)), true, 0, "");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The rebuild did not finish within six hours");
            }
            samplePostgres(data);
            Thread.sleep(100);
        }
    }

    /**
     * Row count and a checksum per column of every read table: every table but the event store, the command side's
     * lookups, the processors' tokens and the rebuild's own state.
     */
    private static Map<String, Map<String, Long>> readTables(JdbcTemplate jdbc) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " ORDER BY tablename", String.class)) {
            if (NOT_READ_MODELS.matcher(table).matches()) {
                continue;
            }
            List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                    String.class, table);
            StringBuilder select = new StringBuilder("SELECT count(*)");
            for (String column : columns) {
                select.append(", coalesce(sum(hashtext(\"").append(column).append("\"::text)::bigint), 0)");
            }
            jdbc.query(select + " FROM \"" + table + "\"", rs -> {
                Map<String, Long> columnSums = new LinkedHashMap<>();
                columnSums.put("rows", rs.getLong(1));
                for (int i = 0; i < columns.size(); i++) {
                    columnSums.put(columns.get(i), rs.getLong(i + 2));
                }
                sums.put(table, columnSums);
            });
        }
        return sums;
    }

    private static final Pattern NOT_READ_MODELS = Pattern.compile(
            "domain_event_entry|snapshot_event_entry|token_entry|association_value_entry|saga_entry"
                    + "|dead_letter_entry|flyway_schema_history|cmd_.*|.*rebuild.*|idempotenc.*|command_.*");

    /** Whether every read table has the same rows, and if not, which tables and columns differ. */
    private static String compareTables(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after) {
        List<String> differ = new ArrayList<>();
        boolean sameCounts = true;
        long rows = 0;
        for (String table : before.keySet()) {
            Map<String, Long> was = before.get(table);
            Map<String, Long> is = after.getOrDefault(table, Map.of());
            rows += was.get("rows");
            sameCounts &= was.get("rows").equals(is.get("rows"));
            List<String> columns = was.keySet().stream().filter(c -> !was.get(c).equals(is.get(c))).toList();
            if (!columns.isEmpty()) {
                differ.add(table + " (" + was.get("rows") + " → " + is.get("rows") + " rows; "
                        + String.join(", ", columns) + ")");
            }
        }
        if (differ.isEmpty()) {
            return "rows and checksums equal before and after in all " + before.size() + " read tables (" + rows
                    + " rows)";
        }
        return (sameCounts ? "row counts equal in all " + before.size() + " read tables (" + rows
                + " rows), values differ in: " : "DIFFERENT: ") + String.join("; ", differ);
    }

    /**
     * The limit for a rebuild: the same event rows read with plain JDBC in order, each payload deserialised by the
     * ledger's own Jackson mapper into its event record class. Nothing is written.
     */
    private Rebuild limitRead(BenchmarkLedger ledger, Rebuild ours) throws Exception {
        ObjectMapper mapper = ledger.bean(Configuration.class).eventSerializer()
                instanceof JacksonSerializer jackson
                ? jackson.getObjectMapper() : json;
        Map<String, Class<?>> classes = new HashMap<>();
        String load = Machine.load();
        long rows = 0;
        long start = System.nanoTime();
        try (Connection connection = ledger.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT payload_type, payload FROM domain_event_entry ORDER BY global_index")) {
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Class<?> type = classes.get(rs.getString(1));
                        if (type == null) {
                            type = Class.forName(rs.getString(1));
                            classes.put(rs.getString(1), type);
                        }
                        if (mapper.readValue(rs.getBytes(2), type) != null) {
                            rows++;
                        }
                    }
                }
            }
            connection.rollback();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("rebuild limit " + rows + " rows in " + format(seconds) + " s");
        return ours.withLimit(rows / seconds, load + " → " + Machine.load());
    }

    private void rebuildTable(Rebuild ours, Rebuild peer, long peerEvents) {
        line("#### Rebuild: every read model from the event store, beside plain JDBC + Jackson and Axon's defaults");
        line("");
        line("Targets: ≥ 0.3 of the limit, ≥ 5× the peer. Ours: the shared replay, one read of the stream for every"
                + " projection, batches of 2,000 events written set-based (the ledger's settings, ADR 0140). Peer:"
                + " the same projections in tracking processors with Axon's default batch size 1, each replaying the"
                + " stream itself (`styrledger.projections.processor=tracking`, `batch-size=1`,"
                + " `styrledger.rebuild.replay=per-processor`), a second ledger on the same"
                + " data directory." + (peerEvents > 0 ? " The peer is timed over the first " + peerEvents
                + " events only (`--peer-events`); the next ledger started on this directory finishes its replay."
                : ""));
        line("");
        line("| rebuild | events | seconds | events/s | ratio | target | read tables | load (1 5 15) |");
        line("|---|---|---|---|---|---|---|---|");
        double limitRate = ours.limitRowsPerSecond();
        line("| ours (shared replay, batch 2000) | " + ours.events() + " | " + format(ours.seconds()) + " | "
                + format(ours.perSecond()) + " | — | — | " + ours.tables() + " | " + ours.load() + " |");
        line("| limit: JDBC read + Jackson | " + ours.events() + " | " + format(ours.events() / limitRate) + " | "
                + format(limitRate) + " | ours/limit " + format(ours.perSecond() / limitRate) + " | ≥ 0.3: "
                + (ours.perSecond() / limitRate >= 0.3 ? "met" : "missed") + " | — | " + ours.limitLoad() + " |");
        line("| peer: tracking, batch 1 | " + peer.events() + " | " + format(peer.seconds()) + " | "
                + format(peer.perSecond()) + " | ours/peer " + format(ours.perSecond() / peer.perSecond())
                + " | ≥ 5: " + (ours.perSecond() / peer.perSecond() >= 5 ? "met" : "missed") + " | " + peer.tables()
                + " | " + peer.load() + " |");
        line("");
    }

    /** Waits until no rebuild is under way, e.g. one a peer run left half done. */
    private static void awaitServing(LedgerClient client) throws InterruptedException {
        long deadline = System.nanoTime() + 6 * 3600 * 1_000_000_000L;
        while (!client.getJson("/api/v1/admin/rebuild").path("state").asText().equals("SERVING")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The read models were not serving within six hours");
            }
            Thread.sleep(500);
        }
    }

    private String[] measureAppend(BenchmarkLedger ledger, DatasetGenerator generator,
                                   List<DatasetGenerator.WorkItem> items, LedgerClient client, int clients,
                                   String share) {
        JdbcTemplate jdbc = new JdbcTemplate(ledger.dataSource());
        long eventsBefore = count(jdbc);
        long commandsBefore = client.commands();
        String loadBefore = Machine.load();
        long[] cpuBefore = cpu.now();
        long nanos;
        if (clients > 1) {
            ProjectionLag lag = ProjectionLag.start(client);
            try {
                nanos = generator.record(items, client, clients);
            } finally {
                lag.close();
            }
            String[] figures = lag.figures();
            lagRows.add(new String[]{share, String.valueOf(clients), figures[0], figures[1], figures[2], figures[3],
                    loadBefore + " → " + Machine.load()});
        } else {
            nanos = generator.record(items, client, clients);
        }
        long[] cpuAfter = cpu.now();
        long commands = client.commands() - commandsBefore;
        long events = count(jdbc) - eventsBefore;
        double seconds = nanos / 1e9;
        String[] row = {share, String.valueOf(clients), String.valueOf(commands), String.valueOf(events),
                format(seconds), format(commands / seconds), format(events / seconds),
                format((cpuAfter[0] - cpuBefore[0]) / 1e6 / commands), format((cpuAfter[1] - cpuBefore[1]) / 1e6 / commands),
                loadBefore + " → " + Machine.load()};
        System.out.println("append " + String.join(" | ", row));
        return row;
    }

    private void appendTable(BenchmarkLedger ledger, List<String[]> rows, int clients, double limitSeconds)
            throws Exception {
        JdbcAppendLimit limit = new JdbcAppendLimit(ledger.ownerJdbcUrl());
        String load1 = Machine.load();
        long[] cpu0 = cpu.now();
        JdbcAppendLimit.Result oneResult = limit.insert(1, limitSeconds);
        long[] cpu1 = cpu.now();
        String loadN = Machine.load();
        JdbcAppendLimit.Result manyResult = limit.insert(clients, limitSeconds);
        long[] cpu2 = cpu.now();
        String loadEnd = Machine.load();
        double one = oneResult.perSecond();
        double many = manyResult.perSecond();
        limit.drop();
        line("#### Append: commands over HTTP → Axon → PostgreSQL, beside plain JDBC insert-and-commit");
        line("");
        line("| history | clients | commands | events | seconds | commands/s | events/s | JVM CPU ms/command"
                + " | PostgreSQL CPU ms/command | load (1 5 15) before → after |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String[] row : rows) {
            line("| " + String.join(" | ", row) + " |");
        }
        line("");
        line("Limit, the same event rows (average payload " + format(limit.averagePayloadBytes())
                + " bytes) one per transaction with plain JDBC on the same database, measured " + format(limitSeconds)
                + " s each right after: 1 client " + format(one) + " rows/s (load " + load1 + "), " + clients
                + " clients " + format(many) + " rows/s (load " + loadN + " → " + loadEnd + "). CPU per row (JDBC"
                + " client JVM + PostgreSQL): 1 client " + format((cpu1[0] - cpu0[0]) / 1e6 / oneResult.rows()) + " + "
                + format((cpu1[1] - cpu0[1]) / 1e6 / oneResult.rows()) + " ms, " + clients + " clients "
                + format((cpu2[0] - cpu1[0]) / 1e6 / manyResult.rows()) + " + "
                + format((cpu2[1] - cpu1[1]) / 1e6 / manyResult.rows()) + " ms.");
        line("");
        double ledgerOne = Double.parseDouble(rows.stream().filter(row -> row[1].equals("1")).findFirst()
                .orElseThrow()[6]);
        double ledgerMany = Double.parseDouble(rows.get(rows.size() - 1)[6]);
        line("| clients | ledger events/s | limit rows/s | ratio | target |");
        line("|---|---|---|---|---|");
        line("| 1 | " + format(ledgerOne) + " | " + format(one) + " | " + format(ledgerOne / one) + " | — |");
        line("| " + clients + " | " + format(ledgerMany) + " | " + format(many) + " | " + format(ledgerMany / many)
                + " | ≥ 0.5: " + (ledgerMany / many >= 0.5 ? "met" : "missed") + " |");
        line("");
        line("#### Live projection lag while appending");
        line("");
        line("How long an event recorded now takes until every projection has processed it (`ProjectionLag`: the"
                + " newest position a command answered with, then the projections health component polled every"
                + " 50 ms until all have passed it; a sample every 200 ms or so). Target: under 1 s at 16 clients.");
        line("");
        line("| history | clients | lag p50 s | lag p95 s | lag max s | samples | target | load (1 5 15) before → after |");
        line("|---|---|---|---|---|---|---|---|");
        for (String[] row : lagRows) {
            boolean met = !row[3].equals("—") && Double.parseDouble(row[3]) < 1.0;
            line("| " + row[0] + " | " + row[1] + " | " + row[2] + " | " + row[3] + " | " + row[4] + " | " + row[5]
                    + " | p95 < 1 s: " + (met ? "met" : "missed") + " | " + row[6] + " |");
        }
        line("");
    }

    private List<String[]> measureQueries(BenchmarkLedger ledger, DatasetGenerator generator, LedgerClient client,
                                          int samples, String share, long seed) {
        awaitProjections(client);
        List<DatasetGenerator.Goal> goals = generator.goals();
        Random random = new Random(seed + share.hashCode());
        Instant end = Instant.now();
        int firstYear = generator.firstYear();
        List<String[]> rows = new ArrayList<>();
        String load = Machine.load();
        List<UUID> committees = generator.owners().subList(0, generator.committees());
        // A nämnd's röd tråd for one verksamhetsår: the year of the asOf date (the current year for current state).
        rows.addAll(pair("röd tråd of a nämnd for a year", samples, random,
                r -> "/api/v1/red-thread?unitId=" + committees.get(r.nextInt(committees.size())) + "&year="
                        + LocalDate.now().getYear(),
                r -> {
                    String asOf = randomDate(r, firstYear);
                    return "/api/v1/red-thread?unitId=" + committees.get(r.nextInt(committees.size())) + "&year="
                            + asOf.substring(0, 4) + "&asOf=" + asOf + "&knownAt="
                            + randomInstant(r, goals.get(0).recordedAt(), end);
                }, client, share, load));
        // The whole-kommun delårsrapport as the ledger knew it at a random moment since it was opened, beside the
        // same report computed as known now (the frozen snapshot of a closed report would be a mere byte read).
        List<Map.Entry<UUID, Instant>> reports = generator.interimReportsOpened(new JdbcTemplate(ledger.dataSource()));
        rows.addAll(pair("whole-kommun delårsrapport", samples, random,
                r -> "/api/v1/follow-up-reports/" + reports.get(r.nextInt(reports.size())).getKey() + "?knownAt="
                        + Instant.now().atOffset(ZoneOffset.UTC),
                r -> {
                    Map.Entry<UUID, Instant> report = reports.get(r.nextInt(reports.size()));
                    return "/api/v1/follow-up-reports/" + report.getKey() + "?knownAt="
                            + randomInstant(r, report.getValue().plusSeconds(1), end.plusSeconds(2));
                }, client, share, load));
        // One nämnd's part of the same reports, built on its own (issue 19), now and as known at a random moment.
        rows.addAll(pair("one nämnd's part of the delårsrapport", samples, random,
                r -> "/api/v1/follow-up-reports/" + reports.get(r.nextInt(reports.size())).getKey() + "?unitId="
                        + committees.get(r.nextInt(committees.size())) + "&knownAt="
                        + Instant.now().atOffset(ZoneOffset.UTC),
                r -> {
                    Map.Entry<UUID, Instant> report = reports.get(r.nextInt(reports.size()));
                    return "/api/v1/follow-up-reports/" + report.getKey() + "?unitId="
                            + committees.get(r.nextInt(committees.size())) + "&knownAt="
                            + randomInstant(r, report.getValue().plusSeconds(1), end.plusSeconds(2));
                }, client, share, load));
        // A closed delårsrapport as it was frozen (its stored bytes, R-21), and asked again by a reader who has them.
        List<Map.Entry<UUID, String>> frozen = new JdbcTemplate(ledger.dataSource()).query(
                "SELECT report_id, sha256 FROM report_snapshot ORDER BY report_id", (rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class), rs.getString(2))).stream()
                .filter(f -> reports.stream().anyMatch(r -> r.getKey().equals(f.getKey()))).toList();
        if (!frozen.isEmpty()) {
            rows.addAll(frozenPair(samples, random, frozen, client, share, load));
        }
        rows.addAll(pair("effektmål audit trail", samples, random,
                r -> "/api/v1/audit/effect-goals/" + goals.get(r.nextInt(goals.size())).goalId() + "/trail",
                r -> {
                    DatasetGenerator.Goal goal = goals.get(r.nextInt(goals.size()));
                    return "/api/v1/audit/effect-goals/" + goal.goalId() + "/trail?asOf=" + randomDate(r, goal.year())
                            + "&knownAt=" + randomInstant(r, goal.recordedAt().plusSeconds(1), end.plusSeconds(2));
                }, client, share, load));
        return rows;
    }

    /** The current-state query and the historical one, interleaved so that both meet the same load. */
    private List<String[]> pair(String name, int samples, Random random, Function<Random, String> current,
                                Function<Random, String> historical, LedgerClient client, String share, String load) {
        int warmUp = Math.min(30, samples);
        for (int i = 0; i < warmUp; i++) {
            client.get(current.apply(random));
            client.get(historical.apply(random));
        }
        double[] now = new double[samples];
        double[] past = new double[samples];
        int failures = 0;
        for (int i = 0; i < samples; i++) {
            String a = current.apply(random);
            long start = System.nanoTime();
            failures += client.get(a) == 200 ? 0 : 1;
            now[i] = (System.nanoTime() - start) / 1e6;
            String b = historical.apply(random);
            start = System.nanoTime();
            failures += client.get(b) == 200 ? 0 : 1;
            past[i] = (System.nanoTime() - start) / 1e6;
        }
        Latencies currentState = new Latencies(name + ", current", now, 0);
        Latencies asOf = new Latencies(name + ", random asOf/knownAt", past, failures);
        String ratio = format(asOf.percentile(95) / currentState.percentile(95));
        List<String[]> rows = new ArrayList<>();
        for (Latencies latencies : List.of(currentState, asOf)) {
            String[] row = {share, latencies.query(), String.valueOf(samples), format(latencies.percentile(50)),
                    format(latencies.percentile(95)), format(latencies.percentile(99)),
                    latencies == asOf ? ratio : "", latencies == asOf ? String.valueOf(failures) : "", load};
            System.out.println("query " + String.join(" | ", row));
            rows.add(row);
        }
        return rows;
    }

    /**
     * A closed delårsrapport's frozen bytes sent whole, interleaved with the same request carrying their ETag in
     * If-None-Match: the first must answer 200, the second 304 (a non-200 or non-304 counts as a failure).
     */
    private List<String[]> frozenPair(int samples, Random random, List<Map.Entry<UUID, String>> frozen,
                                      LedgerClient client, String share, String load) {
        int warmUp = Math.min(30, samples);
        double[] sent = new double[samples];
        double[] revalidated = new double[samples];
        int[] failures = new int[2];
        for (int i = -warmUp; i < samples; i++) {
            Map.Entry<UUID, String> report = frozen.get(random.nextInt(frozen.size()));
            String path = "/api/v1/follow-up-reports/" + report.getKey();
            long start = System.nanoTime();
            int status = client.get(path);
            double whole = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            int again = client.get(path, Map.of("If-None-Match", "\"" + report.getValue() + "\""));
            double notModified = (System.nanoTime() - start) / 1e6;
            if (i >= 0) {
                sent[i] = whole;
                revalidated[i] = notModified;
                failures[0] += status == 200 ? 0 : 1;
                failures[1] += again == 304 ? 0 : 1;
            }
        }
        List<String[]> rows = new ArrayList<>();
        Latencies[] both = {new Latencies("closed delårsrapport, frozen bytes sent", sent, failures[0]),
                new Latencies("closed delårsrapport, If-None-Match with its ETag (304)", revalidated, failures[1])};
        for (Latencies latencies : both) {
            String[] row = {share, latencies.query(), String.valueOf(samples), format(latencies.percentile(50)),
                    format(latencies.percentile(95)), format(latencies.percentile(99)), "",
                    String.valueOf(latencies.failures()), load};
            System.out.println("query " + String.join(" | ", row));
            rows.add(row);
        }
        return rows;
    }

    private void queryTable(List<String[]> rows) {
        line("#### Queries at random historical asOf/knownAt, by share of the dataset recorded (growth)");
        line("");
        line("Targets: p95 ≤ 50 ms (röd tråd, audit trail), ≤ 200 ms (whole-kommun delårsrapport); as-of p95 ≤ 2×"
                + " current-state p95. One client, sequential; a random nämnd, a random delårsrapport opened so far"
                + " (GET /api/v1/follow-up-reports/{id}?knownAt=…; current state = knownAt now, computed, not the"
                + " frozen snapshot), a random effektmål. One nämnd's part: the same reports with a random nämnd's"
                + " unitId. A closed delårsrapport as frozen: GET without knownAt (its stored bytes), interleaved with"
                + " the same GET carrying its ETag in If-None-Match (304 expected; the non-200 column counts answers"
                + " other than 304 there).");
        line("");
        line("| history | query | samples | p50 ms | p95 ms | p99 ms | as-of/current p95 | non-200 | load (1 5 15) |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (String[] row : rows) {
            line("| " + String.join(" | ", row) + " |");
        }
        line("");
    }

    private void eventCounts(BenchmarkLedger ledger) {
        JdbcTemplate jdbc = new JdbcTemplate(ledger.dataSource());
        line("#### Dataset: events by type");
        line("");
        line("| event | count |");
        line("|---|---|");
        jdbc.query("SELECT payload_type, count(*) FROM domain_event_entry GROUP BY payload_type ORDER BY 2 DESC",
                rs -> {
                    String type = rs.getString(1);
                    line("| " + type.substring(type.lastIndexOf('.') + 1) + " | " + rs.getLong(2) + " |");
                });
        line("| **total** | " + count(jdbc) + " |");
        line("");
    }

    private static void awaitProjections(LedgerClient client) {
        // On L the projections may trail the recording by several hundred thousand events.
        long deadline = System.nanoTime() + 3600 * 1_000_000_000L;
        while (client.get("/api/v1/units?minPosition=" + client.lastPosition()) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The projections did not catch up within an hour");
            }
        }
    }

    private static long count(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static String randomDate(Random random, int fromYear) {
        LocalDate from = LocalDate.of(fromYear - 1, 12, 1);
        long days = ChronoUnit.DAYS.between(from, LocalDate.of(DatasetGenerator.LAST_YEAR, 12, 31));
        return from.plusDays(random.nextLong(days + 1)).toString();
    }

    private static String randomInstant(Random random, Instant from, Instant to) {
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        return Instant.ofEpochMilli(from.toEpochMilli() + random.nextLong(span)).atOffset(ZoneOffset.UTC).toString();
    }

    private static String share(int items, int of) {
        return format(100.0 * items / of) + "%";
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
