package se.styrledger.benchmarks;

import java.util.Arrays;

/** Latency samples of one query, in milliseconds. */
record Latencies(String query, double[] millis, int failures) {

    double percentile(double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
