package se.styrledger.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The web UI's pages as a visitor's browser asks for them (GET, no login, HTML): a nämnd's page for a year, an
 * effektmål's page with its charts, and the whole röd tråd, each at the current state and at a random historical
 * Per datum. Time is from sending the request to the last byte on loopback, so it bounds the server time from
 * above; page weight is the HTML's bytes (the one stylesheet, 5 kB, is cached after the first page).
 */
final class WebUiBenchmark {

    private static final double PAGE_MS = 100;
    private static final double RED_THREAD_MS = 300;
    private static final long WEIGHT_BYTES = 200 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    private WebUiBenchmark(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The markdown section: a row per page beside its target. */
    static String run(String baseUrl, DatasetGenerator generator, int samples, long seed) {
        return new WebUiBenchmark(baseUrl).measure(generator, samples, new Random(seed + 13));
    }

    private String measure(DatasetGenerator generator, int samples, Random random) {
        List<DatasetGenerator.Goal> goals = generator.goals();
        int firstYear = generator.firstYear();
        Function<Random, String> asOf = r -> "asOf=" + (firstYear + r.nextInt(DatasetGenerator.LAST_YEAR - firstYear
                + 1)) + "-" + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(12)) + "-15";
        String load = Machine.load();
        StringBuilder out = new StringBuilder();
        out.append("#### Web UI pages (GET, HTML, as a visitor's browser asks)\n\n")
                .append("Targets: server time p95 ≤ 100 ms for a nämnd page and a goal page, ≤ 300 ms for the whole")
                .append(" röd tråd; a page weighs ≤ 200 kB. One client, sequential, after a warm-up; time to the last")
                .append(" byte on loopback (an upper bound of the server time). A random nämnd/bolag and year, a random")
                .append(" effektmål; historical = a random Per datum in the dataset's years.\n\n")
                .append("| page | samples | p50 ms | p95 ms | p99 ms | target p95 ms | largest page kB | target kB |")
                .append(" non-200 | load (1 5 15) |\n|---|---|---|---|---|---|---|---|---|---|\n");
        List<Page> pages = List.of(
                new Page("nämnd page, current", PAGE_MS, r -> {
                    DatasetGenerator.Goal goal = goals.get(r.nextInt(goals.size()));
                    return "/enheter/" + goal.ownerUnitId() + "?ar=" + goal.year();
                }),
                new Page("nämnd page, historical", PAGE_MS, r -> {
                    DatasetGenerator.Goal goal = goals.get(r.nextInt(goals.size()));
                    return "/enheter/" + goal.ownerUnitId() + "?ar=" + goal.year() + "&" + asOf.apply(r);
                }),
                new Page("goal page, current", PAGE_MS,
                        r -> "/mal/" + goals.get(r.nextInt(goals.size())).goalId()),
                new Page("goal page, historical", PAGE_MS,
                        r -> "/mal/" + goals.get(r.nextInt(goals.size())).goalId() + "?" + asOf.apply(r)),
                new Page("whole röd tråd, current", RED_THREAD_MS, r -> "/rod-trad"),
                new Page("whole röd tråd, historical", RED_THREAD_MS, r -> "/rod-trad?" + asOf.apply(r)));
        for (Page page : pages) {
            for (int i = 0; i < Math.min(20, samples); i++) {
                fetch(page.path().apply(random));
            }
        }
        for (Page page : pages) {
            double[] millis = new double[samples];
            long largest = 0;
            int failures = 0;
            for (int i = 0; i < samples; i++) {
                String path = page.path().apply(random);
                long start = System.nanoTime();
                HttpResponse<byte[]> answer = fetch(path);
                millis[i] = (System.nanoTime() - start) / 1e6;
                largest = Math.max(largest, answer.body().length);
                failures += answer.statusCode() == 200 ? 0 : 1;
            }
            Latencies latencies = new Latencies(page.name(), millis, failures);
            String row = "| " + page.name() + " | " + samples + " | " + format(latencies.percentile(50)) + " | "
                    + format(latencies.percentile(95)) + " | " + format(latencies.percentile(99)) + " | "
                    + format(page.targetMillis()) + " | " + format(largest / 1024.0) + " | "
                    + WEIGHT_BYTES / 1024 + " | " + failures + " | " + load + " |";
            System.out.println("web " + row);
            out.append(row).append('\n');
        }
        return out.append('\n').toString();
    }

    private record Page(String name, double targetMillis, Function<Random, String> path) {
    }

    private HttpResponse<byte[]> fetch(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
