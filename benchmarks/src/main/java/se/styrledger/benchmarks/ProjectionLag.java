package se.styrledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The live projection lag while clients record (issue 19: under 1 s at 16 clients): how long an event recorded now
 * takes until every projection has processed it, which is how long a reader waits for a write to show. A probe
 * thread takes the newest position a command answered with, then polls the projections' positions (the
 * {@code projections} health component, read as an operator's monitoring reads it) until every one has passed it;
 * then it rests 200 ms and takes the next sample. The time runs from when the probe saw the position, a few
 * milliseconds after the command answered, to the first poll that found it processed (polls every 50 ms).
 */
final class ProjectionLag implements AutoCloseable {

    private static final long POLL_MILLIS = 50;
    private static final long REST_MILLIS = 200;

    private final LedgerClient client;
    private final List<Double> seconds = new ArrayList<>();
    private final Thread probe;
    private volatile boolean stopped;

    private ProjectionLag(LedgerClient client) {
        this.client = client;
        this.probe = new Thread(this::sample, "projection-lag-probe");
        this.probe.setDaemon(true);
    }

    static ProjectionLag start(LedgerClient client) {
        ProjectionLag lag = new ProjectionLag(client);
        lag.probe.start();
        return lag;
    }

    private void sample() {
        try {
            while (!stopped) {
                long target = client.lastPosition();
                long from = System.nanoTime();
                while (!stopped && slowest() < target) {
                    Thread.sleep(POLL_MILLIS);
                }
                if (!stopped && target > 0) {
                    synchronized (seconds) {
                        seconds.add((System.nanoTime() - from) / 1e9);
                    }
                }
                Thread.sleep(REST_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The lowest position any projection has passed; -1 while one has processed nothing. */
    private long slowest() {
        JsonNode details = client.getAnyJson("/actuator/health/projections").path("details");
        long slowest = Long.MAX_VALUE;
        for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
            JsonNode processor = it.next().getValue();
            if (processor.has("position")) {
                slowest = Math.min(slowest, processor.get("position").isNull() ? -1 : processor.get("position").asLong());
            }
        }
        if (slowest == Long.MAX_VALUE) {
            throw new IllegalStateException("The projections health component listed no projection: " + details);
        }
        return slowest;
    }

    @Override
    public void close() {
        stopped = true;
        try {
            probe.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** p50, p95 and the largest sample in seconds, and how many samples; "—" when there were none. */
    String[] figures() {
        List<Double> sorted;
        synchronized (seconds) {
            sorted = seconds.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return new String[]{"—", "—", "—", "0"};
        }
        return new String[]{format(percentile(sorted, 0.50)), format(percentile(sorted, 0.95)),
                format(sorted.get(sorted.size() - 1)), String.valueOf(sorted.size())};
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
