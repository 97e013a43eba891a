package se.styrledger.platform.web;

import org.springframework.http.HttpStatus;

/** 503 with {@code Retry-After}: the ledger is fine but cannot answer yet (projection behind, database away). */
public class RetryLaterException extends LedgerException {

    private final int retryAfterSeconds;

    public RetryLaterException(String detail, int retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, null, null, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
