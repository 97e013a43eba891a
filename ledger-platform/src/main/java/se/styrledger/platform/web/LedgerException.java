package se.styrledger.platform.web;

/**
 * A refusal the client can act on. It says what kind of refusal it is, never how HTTP answers it: the aggregates that
 * throw it know nothing of HTTP, and {@link Problems#status(Kind)} is the one place a kind becomes a status, answered
 * as RFC 9457 problem+json with a Swedish title and detail (ADR 0130). {@code rule} names the policy rule (R-xx) when
 * one was broken; {@code field} names the JSON field at fault.
 */
public class LedgerException extends RuntimeException {

    /** What the refusal is about, in the ledger's terms. */
    public enum Kind {
        /** The request itself is malformed: a field missing, too long or of the wrong form. */
        INVALID,
        /** A policy rule (R-xx) is broken. */
        RULE_BROKEN,
        /** The one asking may not record this. */
        NOT_PERMITTED,
        /** What the request names does not exist. */
        NOT_FOUND,
        /** It clashes with what is already recorded or with a change made at the same time. */
        CONFLICT,
        /** An Idempotency-Key already used for a different request. */
        KEY_REUSED,
        /** The request is larger than the ledger takes. */
        TOO_LARGE,
        /** Too many requests of this kind at once: try again shortly. */
        BUSY,
        /** The ledger cannot answer yet (read models behind, database away): try again shortly. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String rule;
    private final String field;

    public LedgerException(Kind kind, String rule, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
    }

    /** A policy rule (R-xx) is broken, and nothing is recorded. */
    public static LedgerException ruleViolation(String rule, String field, String detail) {
        return new LedgerException(Kind.RULE_BROKEN, rule, field, detail);
    }

    /** The request itself is malformed: a required field is missing, too long or of the wrong form. */
    public static LedgerException invalid(String field, String detail) {
        return new LedgerException(Kind.INVALID, null, field, detail);
    }

    public static LedgerException notFound(String detail) {
        return new LedgerException(Kind.NOT_FOUND, null, null, detail);
    }

    public static LedgerException conflict(String detail) {
        return new LedgerException(Kind.CONFLICT, null, null, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
