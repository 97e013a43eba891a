package se.styrledger.platform.web;

/**
 * 503 with {@code Retry-After}: the ledger is fine but cannot answer yet (projection behind, database away); or 429
 * with {@code Retry-After}: this kind of request is at its cap of concurrent requests (ConcurrencyCap).
 */
public class RetryLaterException extends LedgerException {

    private final int retryAfterSeconds;

    public RetryLaterException(String detail, int retryAfterSeconds) {
        this(Kind.UNAVAILABLE, detail, retryAfterSeconds);
    }

    public RetryLaterException(Kind kind, String detail, int retryAfterSeconds) {
        super(kind, null, null, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
