package se.styrledger.command.kolada;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/** How far the running (or last) import is: figures done of the total, rate and time left. */
@Component
public class KoladaProgress {

    public record Snapshot(String state, String phase, long done, long total, double perSecond, Long secondsLeft,
                           Instant startedAt, Instant endedAt, String message) {
    }

    private volatile String state = "IDLE";
    private volatile String phase = "";
    private volatile long done;
    private volatile long total;
    private volatile Instant startedAt;
    private volatile Instant endedAt;
    private volatile String message;

    synchronized boolean start() {
        if ("RUNNING".equals(state)) {
            return false;
        }
        state = "RUNNING";
        phase = "hämtar";
        done = 0;
        total = 0;
        startedAt = Instant.now();
        endedAt = null;
        message = null;
        return true;
    }

    void phase(String phase, long total) {
        this.phase = phase;
        this.total = total;
        this.done = 0;
    }

    void advance(long count) {
        done += count;
    }

    void end(boolean ok, String message) {
        this.state = ok ? "DONE" : "FAILED";
        this.message = message;
        this.endedAt = Instant.now();
    }

    public Snapshot snapshot() {
        Instant start = startedAt;
        double seconds = start == null ? 0 : Math.max(1e-3,
                Duration.between(start, endedAt != null ? endedAt : Instant.now()).toMillis() / 1000.0);
        double rate = seconds == 0 ? 0 : done / seconds;
        Long left = rate > 0 && total > done ? Math.round((total - done) / rate) : null;
        return new Snapshot(state, phase, done, total, Math.round(rate * 10) / 10.0, left, start, endedAt, message);
    }
}
