package se.styrledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.benchmarks.ledger.BenchmarkLedger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kolada-shaped values (kommuner × KPIs × years, each a yearly utfall with a gender split) recorded through the bulk
 * path, {@code POST /api/v1/indicator-values/batch}, by several clients, beside the plain JDBC single-row insert
 * limit measured on the same database right after. Samples how far the projections lag behind the event store while
 * recording, and how long they take to catch up after.
 *
 * <p>Usage: {@code kolada [--values=1000000] [--kommuner=290] [--years=25] [--clients=4] [--batch=500]
 * [--limit-seconds=10] [--data=target/bench-data/kolada-<time>] [--out=docs/benchmarks.md|none]
 * [--command-only]}; {@code --command-only} runs the ledger without its query side, to tell the command path's own
 * cost from the projections' (no lag is measured then).
 */
final class KoladaBulkBenchmark {

    private final Map<String, String> options;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final StringBuilder report = new StringBuilder();

    private KoladaBulkBenchmark(Map<String, String> options) {
        this.options = options;
    }

    static String run(Map<String, String> options) throws Exception {
        return new KoladaBulkBenchmark(options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private String run() throws Exception {
        long values = Long.parseLong(option("values", "1000000"));
        int kommuner = Integer.parseInt(option("kommuner", "290"));
        int years = Integer.parseInt(option("years", "25"));
        int clients = Integer.parseInt(option("clients", "4"));
        int batch = Integer.parseInt(option("batch", "500"));
        double limitSeconds = Double.parseDouble(option("limit-seconds", "10"));
        int kpis = (int) Math.ceil(values / (double) (kommuner * years));
        Path data = Path.of(option("data", "target/bench-data/kolada-" + Instant.now().toEpochMilli()));
        String out = option("out", "docs/benchmarks.md");
        boolean commandOnly = Boolean.parseBoolean(option("command-only", "false"));

        line("### Run of " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": `kolada` bulk import, " + values
                + " values (" + kommuner + " kommuner × " + kpis + " KPIs × " + years + " years), " + clients
                + " clients, " + batch + " values per request");
        line("");
        line("Machine: " + Machine.line() + ". Load average at start: " + Machine.load() + ".");
        line("Command: `./mvnw -q -pl benchmarks -am process-classes -Pbenchmarks -Dbench.args=\"kolada "
                + String.join(" ", options.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList()) + "\"` (JVM: " + String.join(" ", java.lang.management.ManagementFactory
                .getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList()) + ")");
        line("");
        Machine.watchHeap();
        try (BenchmarkLedger ledger = commandOnly
                ? BenchmarkLedger.start(data, "--styrledger.query-side.enabled=false") : BenchmarkLedger.start(data)) {
            LedgerClient client = new LedgerClient(ledger.baseUrl(), "demo", "demo", json);
            JdbcTemplate jdbc = new JdbcTemplate(ledger.dataSource());
            UUID council = id(client.post("/api/v1/units", Map.of("name", "Kommunfullmäktige", "kind", "COUNCIL",
                    "decision", Map.of("decidedOn", "1990-01-01", "paragraph", "§ 1", "caseNumber", "KS 1990/1"))));
            List<UUID> units = new ArrayList<>();
            for (int k = 0; k < kommuner; k++) {
                units.add(id(client.post("/api/v1/units", Map.of("name", "Kommun " + (1000 + k), "kind", "COMMITTEE",
                        "parentId", council, "decision", Map.of("decidedBy", council, "decidedOn", "1990-06-01",
                                "paragraph", "§ " + (k + 2), "caseNumber", "KS 1990/" + (k + 2))))));
            }
            List<UUID> indicators = new ArrayList<>();
            for (int i = 0; i < kpis; i++) {
                indicators.add(id(client.post("/api/v1/indicators", Map.of("name", "Nyckeltal " + i + ", antal",
                        "unitOfMeasure", "antal", "direction", "HIGHER_IS_BETTER", "source", "KOLADA",
                        "koladaKpiId", String.format(Locale.ROOT, "N%05d", i)))));
            }
            long eventsBefore = count(jdbc, "SELECT count(*) FROM domain_event_entry");
            int firstYear = 2024 - years + 1;
            long batches = (values + batch - 1) / batch;

            AtomicInteger nextBatch = new AtomicInteger();
            AtomicLong recorded = new AtomicLong();
            AtomicLong lastPosition = new AtomicLong();
            AtomicBoolean loading = new AtomicBoolean(true);
            List<long[]> lagSamples = new ArrayList<>();
            Thread sampler = new Thread(() -> {
                while (loading.get()) {
                    long projected = count(jdbc, "SELECT n_tup_ins FROM pg_stat_user_tables"
                            + " WHERE relname = 'indicator_value_version'");
                    synchronized (lagSamples) {
                        lagSamples.add(new long[]{System.nanoTime(), recorded.get(), projected});
                    }
                    sleep(2000);
                }
            });
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            sampler.start();
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                            List<Map<String, Object>> items = new ArrayList<>(batch);
                            for (long v = (long) b * batch; v < Math.min(values, (long) (b + 1) * batch); v++) {
                                int year = (int) (v % years);
                                int kommun = (int) ((v / years) % kommuner);
                                int kpi = (int) (v / ((long) years * kommuner));
                                java.math.BigDecimal total = java.math.BigDecimal.valueOf(100 + v * 7919 % 9000, 1);
                                Map<String, Object> item = new LinkedHashMap<>();
                                item.put("indicatorId", indicators.get(kpi));
                                item.put("unitId", units.get(kommun));
                                item.put("period", Map.of("kind", "YEAR", "year", firstYear + year, "number", 1));
                                item.put("value", total);
                                item.put("genderSplit", Map.of("women", total.add(java.math.BigDecimal.ONE), "men",
                                        total.subtract(java.math.BigDecimal.ONE)));
                                item.put("source", String.format(Locale.ROOT,
                                        "Kolada N%05d, hämtad 2025-03-01 (Kolada (RKA), CC BY 4.0)", kpi));
                                items.add(item);
                            }
                            JsonNode answer = client.post("/api/v1/indicator-values/batch", items);
                            recorded.addAndGet(items.size());
                            lastPosition.accumulateAndGet(answer.get("position").asLong(), Math::max);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : running) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String loadAtEnd = Machine.load();
            long caughtUpStart = System.nanoTime();
            while (!commandOnly && client.get("/api/v1/units?minPosition=" + lastPosition.get()) != 200) {
                sleep(100);
            }
            double catchUp = (System.nanoTime() - caughtUpStart) / 1e9;
            loading.set(false);
            sampler.join();
            long events = count(jdbc, "SELECT count(*) FROM domain_event_entry") - eventsBefore;
            long projectedRows = count(jdbc, "SELECT count(*) FROM indicator_value_version");
            long maxLag = 0;
            for (long[] sample : lagSamples) {
                if (sample[0] - start <= seconds * 1e9) {
                    maxLag = Math.max(maxLag, sample[1] - sample[2]);
                }
            }
            double rate = recorded.get() / seconds;

            JdbcAppendLimit limit = new JdbcAppendLimit(ledger.ownerJdbcUrl());
            String loadBefore = Machine.load();
            JdbcAppendLimit.Result one = limit.insert(1, limitSeconds);
            JdbcAppendLimit.Result many = limit.insert(clients, limitSeconds);
            String loadAfter = Machine.load();
            double payload = limit.averagePayloadBytes();
            limit.drop();
            double best = Math.max(one.perSecond(), many.perSecond());

            line(String.format(Locale.ROOT, "Recorded %d values (%d events) in %.1f s: **%.0f values/s** (load at end"
                    + " %s). ", recorded.get(), events, seconds, rate, loadAtEnd) + (commandOnly
                    ? "Command side only (`--styrledger.query-side.enabled=false`): no projections ran."
                    : String.format(Locale.ROOT, "Projections: largest lag while recording about %d values (sampled"
                    + " every 2 s from pg_stat_user_tables, approximate); caught up %.1f s after the last batch;"
                    + " indicator_value_version holds %d rows.", maxLag, catchUp, projectedRows)));
            line("");
            line(String.format(Locale.ROOT, "Limit, the same event rows (average payload %.0f bytes) one per"
                    + " transaction with plain JDBC on the same database, %.0f s each right after: 1 client %.0f"
                    + " rows/s, %d clients %.0f rows/s (load %s → %s).", payload, limitSeconds, one.perSecond(),
                    clients, many.perSecond(), loadBefore, loadAfter));
            line("");
            line("| path | values/s | limit rows/s (1 / " + clients + " clients) | ratio to the better limit | target |");
            line("|---|---|---|---|---|");
            line(String.format(Locale.ROOT, "| bulk, %d per request, %d clients | %.0f | %.0f / %.0f | %.2f | ≥ 0.5: %s |",
                    batch, clients, rate, one.perSecond(), many.perSecond(), rate / best,
                    rate / best >= 0.5 ? "met" : "missed"));
            line("");
            line("Memory of this JVM (ledger and benchmark clients): peak heap in use " + Machine.peakHeapMiB()
                    + " MiB, RSS " + Machine.rss() + ". Load average at end: " + Machine.load() + ".");
            line("");
        }
        if (!out.equals("none")) {
            Files.writeString(Path.of(out), report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("Appended to " + Path.of(out).toAbsolutePath());
        }
        return report.toString();
    }

    private static UUID id(JsonNode answer) {
        return UUID.fromString(answer.get("id").asText());
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
