package se.styrledger.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.benchmarks.ledger.BenchmarkLedger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Generates a dataset through the public API of a real ledger in this process, measuring as it goes: append rate with
 * one client and with many beside the plain-JDBC limit, query latencies at 10%, 50% and 100% of the history,
 * as-of beside current state, and peak heap and RSS. Prints a table and appends it, with the machine line, to the
 * results file.
 *
 * <p>Usage: {@code Benchmarks <what> [--size=S|L|TINY|c,b,y,g,a] [--clients=16] [--seed=42] [--samples=300]
 * [--limit-seconds=10] [--data=target/bench-data/<time>] [--out=docs/benchmarks.md|none]}, where {@code what} is
 * {@code all}, {@code generate} (dataset and counts only), {@code append} (dataset, append rates and limit) or
 * {@code queries} (dataset and query latencies).
 */
public final class Benchmarks {

    private final Map<String, String> options;
    private final String what;
    private final StringBuilder report = new StringBuilder();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private CpuTime cpu;

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
                options.put(word.substring(2, equals), word.substring(equals + 1));
            } else if (!word.isEmpty()) {
                what = word;
            }
        }
        new Benchmarks(what, options).run();
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
        Path data = Path.of(option("data", "target/bench-data/" + Instant.now().toEpochMilli()));
        String out = option("out", "docs/benchmarks.md");
        boolean append = what.equals("all") || what.equals("append");
        boolean queries = what.equals("all") || what.equals("queries");

        line("### Run of " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": `" + what + "` on size " + size.name()
                + " " + size + ", " + clients + " clients, seed " + seed);
        line("");
        line("Machine: " + Machine.line() + ". Load average at start: " + Machine.load() + ".");
        line("Command: `./mvnw -q -pl benchmarks -am process-classes -Pbenchmarks -Dbench.args=\"" + what + " "
                + String.join(" ", options.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList())
                + "\"` (JVM: " + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments().stream().filter(a -> a.startsWith("-X")).toList()) + ")");
        line("");

        cpu = new CpuTime(data);
        Machine.watchHeap();
        try (BenchmarkLedger ledger = BenchmarkLedger.start(data)) {
            LedgerClient client = new LedgerClient(ledger.baseUrl(), "demo", "demo", json);
            DatasetGenerator generator = new DatasetGenerator(size, seed);
            generator.foundation(client);
            List<DatasetGenerator.WorkItem> items = generator.workItems();
            int tenth = Math.max(1, items.size() / 10);
            int half = Math.max(tenth, items.size() / 2);

            List<String[]> appendRows = new ArrayList<>();
            List<String[]> growthRows = new ArrayList<>();
            // One client is slow: it records at most about 1,500 commands, the rest of the first 10% goes with many.
            int single = Math.max(1, Math.min(tenth, (int) (1500 / (size.plannedCommands() / items.size()))));
            appendRows.add(measureAppend(ledger, generator, items.subList(0, single), client, 1,
                    "0→" + share(single, items.size())));
            if (single < tenth) {
                appendRows.add(measureAppend(ledger, generator, items.subList(single, tenth), client, clients,
                        share(single, items.size()) + "→10%"));
            }
            if (queries) {
                growthRows.addAll(measureQueries(ledger, generator, client, samples, "10%", seed));
            }
            appendRows.add(measureAppend(ledger, generator, items.subList(tenth, half), client, clients, "10→50%"));
            if (queries) {
                growthRows.addAll(measureQueries(ledger, generator, client, samples, "50%", seed));
            }
            appendRows.add(measureAppend(ledger, generator, items.subList(half, items.size()), client, clients,
                    "50→100%"));
            if (queries) {
                growthRows.addAll(measureQueries(ledger, generator, client, samples, "100%", seed));
            }

            eventCounts(ledger);
            if (append) {
                appendTable(ledger, appendRows, clients, limitSeconds);
            }
            if (queries) {
                queryTable(growthRows);
            }
            line("Memory of this JVM (ledger and benchmark clients; the embedded PostgreSQL is a separate process): "
                    + "peak heap in use " + Machine.peakHeapMiB() + " MiB (sampled every 50 ms), RSS " + Machine.rss()
                    + ". Load average at end: " + Machine.load() + ".");
            line("");
        }
        if (!out.equals("none")) {
            Path results = Path.of(out);
            Files.writeString(results, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("Appended to " + results.toAbsolutePath());
        }
        return report.toString();
    }

    private String[] measureAppend(BenchmarkLedger ledger, DatasetGenerator generator,
                                   List<DatasetGenerator.WorkItem> items, LedgerClient client, int clients,
                                   String share) {
        JdbcTemplate jdbc = new JdbcTemplate(ledger.dataSource());
        long eventsBefore = count(jdbc);
        long commandsBefore = client.commands();
        String loadBefore = Machine.load();
        long[] cpuBefore = cpu.now();
        long nanos = generator.record(items, client, clients);
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
        double ledgerOne = Double.parseDouble(rows.get(0)[6]);
        double ledgerMany = Double.parseDouble(rows.get(rows.size() - 1)[6]);
        line("| clients | ledger events/s | limit rows/s | ratio | target |");
        line("|---|---|---|---|---|");
        line("| 1 | " + format(ledgerOne) + " | " + format(one) + " | " + format(ledgerOne / one) + " | — |");
        line("| " + clients + " | " + format(ledgerMany) + " | " + format(many) + " | " + format(ledgerMany / many)
                + " | ≥ 0.5: " + (ledgerMany / many >= 0.5 ? "met" : "missed") + " |");
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

    private void queryTable(List<String[]> rows) {
        line("#### Queries at random historical asOf/knownAt, by share of the dataset recorded (growth)");
        line("");
        line("Targets: p95 ≤ 50 ms (röd tråd, audit trail); as-of p95 ≤ 2× current-state p95. One client, sequential;"
                + " a random nämnd, a random effektmål.");
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
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (client.get("/api/v1/units?minPosition=" + client.lastPosition()) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The projections did not catch up within ten minutes");
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
