package se.styrledger.platform.database;

import org.springframework.core.env.Environment;
import se.styrledger.platform.task.LedgerTaskRunner;

/**
 * The ledger's two database roles. The owner (whoever runs Flyway) creates and alters tables; the application role
 * the running ledger connects as may read and write rows, but may not UPDATE, DELETE or TRUNCATE the event table
 * nor write snapshots, nor append an event at another time than now or at a position of its own choosing
 * (V85), so not even a bug or an injected statement in the application could rewrite or backdate the ledger.
 */
public final class DatabaseRoles {

    /** Granted its rights by {@code V30__application_role.sql}; the name is fixed there, so it is fixed here. */
    public static final String APPLICATION = "styrledger_app";

    private static final String IMPORT_TASK = "import";

    /**
     * Run on every connection the ledger opens (application.yml sets the same for an external database). PostgreSQL
     * switches a prepared statement to a generic plan after five runs when that looks as cheap; for the as-of queries,
     * whose date and instant decide between a scan of the range index and a lookup by entity, the generic plan chose
     * the range index and took 4.7 s for a nämnd's flags at 1,000,000 events where the custom plan took 0.5 ms
     * (docs/benchmarks.md). Planning each run costs well under a millisecond.
     */
    public static final String SESSION_SETTINGS = "SET plan_cache_mode = force_custom_plan";

    /**
     * The one task that connects as the owner: an import writes events with their original positions and times, which
     * the application role may not (V85, ADR 0077). On an external database it uses {@code spring.flyway.user}.
     */
    public static boolean importing(Environment environment) {
        return IMPORT_TASK.equals(environment.getProperty(LedgerTaskRunner.TASK));
    }

    private DatabaseRoles() {
    }
}
