package se.styrledger.command.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Lets one command wait until every other command in flight has committed and hold new ones back until it commits,
 * as closing a report must. Every command enters as a writer (a shared transaction-scoped advisory lock); the one
 * that needs the whole order takes the same lock exclusively. A lock on the event table itself would do the same,
 * but the application's role may not take it: it has no UPDATE or DELETE there.
 */
public final class WriteOrder {

    private static final int WRITERS = 0x5752;

    private WriteOrder() {
    }

    /** Every command's transaction, before it appends anything. */
    public static void enterAsWriter(JdbcTemplate jdbc) {
        jdbc.query("SELECT pg_advisory_xact_lock_shared(?, 0)", (RowCallbackHandler) rs -> { }, WRITERS);
    }

    /** Waits for all other writers to commit and keeps new ones waiting until this transaction ends. */
    public static void waitForAllWriters(JdbcTemplate jdbc) {
        jdbc.query("SELECT pg_advisory_xact_lock(?, 0)", (RowCallbackHandler) rs -> { }, WRITERS);
    }
}
