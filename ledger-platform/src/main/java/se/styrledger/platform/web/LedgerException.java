package se.styrledger.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client can act on, answered as RFC 9457 problem+json with a Swedish title and detail.
 * {@code rule} names the policy rule (R-xx) when one was broken; {@code field} names the JSON field at fault.
 */
public class LedgerException extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final String field;

    public LedgerException(HttpStatus status, String rule, String field, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    /** A policy rule (R-xx) is broken: 422, and nothing is recorded. */
    public static LedgerException ruleViolation(String rule, String field, String detail) {
        return new LedgerException(HttpStatus.UNPROCESSABLE_ENTITY, rule, field, detail);
    }

    /** The request itself is malformed: a required field is missing, too long or of the wrong form. */
    public static LedgerException invalid(String field, String detail) {
        return new LedgerException(HttpStatus.BAD_REQUEST, null, field, detail);
    }

    public static LedgerException notFound(String detail) {
        return new LedgerException(HttpStatus.NOT_FOUND, null, null, detail);
    }

    public static LedgerException conflict(String detail) {
        return new LedgerException(HttpStatus.CONFLICT, null, null, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
