package se.styrledger.platform.web;


import java.util.concurrent.Semaphore;

/**
 * At most so many requests of one kind at a time; the next gets 429 with Retry-After at once instead of queueing.
 * Reads that hold a thread or a database connection for long (a full event export, a wait for {@code minPosition})
 * are open to everyone, so without a cap anonymous clients could take every connection and leave writers with 503
 * (review finding 5).
 */
public final class ConcurrencyCap {

    private final Semaphore permits;
    private final String busy;
    private final int retryAfterSeconds;

    /** {@code busy}: the Swedish sentence that tells the client what is at its cap. */
    public ConcurrencyCap(int max, String busy, int retryAfterSeconds) {
        if (max < 1) {
            throw new IllegalArgumentException("A cap of concurrent requests needs at least 1, not " + max);
        }
        this.permits = new Semaphore(max);
        this.busy = busy;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A place under the cap, given back by {@code close}; throws 429 when there is none. */
    public Permit enter() {
        if (!permits.tryAcquire()) {
            throw new RetryLaterException(LedgerException.Kind.BUSY, busy + " Försök igen om en stund.",
                    retryAfterSeconds);
        }
        return permits::release;
    }

    /** Places still free now. */
    public int available() {
        return permits.availablePermits();
    }

    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
