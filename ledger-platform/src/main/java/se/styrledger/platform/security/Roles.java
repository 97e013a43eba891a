package se.styrledger.platform.security;

/** The ledger's roles. Reading what is adopted and reported needs none (öppenhet, R-32). */
public final class Roles {
    /** Records decisions, plans, values and assessments. */
    public static final String RECORDER = "RECORDER";
    /** A revisor: reads the audit trail. */
    public static final String AUDITOR = "AUDITOR";
    /** Runs the ledger: rebuilds, dead letters, the auditors' access log. */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
