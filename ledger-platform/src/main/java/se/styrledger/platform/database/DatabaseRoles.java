package se.styrledger.platform.database;

/**
 * The ledger's two database roles. The owner (whoever runs Flyway) creates and alters tables; the application role
 * the running ledger connects as may read and write rows, but may not UPDATE, DELETE or TRUNCATE the event table
 * so not even a bug or an injected statement in the application could rewrite the ledger.
 */
public final class DatabaseRoles {

    /** Granted its rights by {@code V30__application_role.sql}; the name is fixed there, so it is fixed here. */
    public static final String APPLICATION = "styrledger_app";

    private DatabaseRoles() {
    }
}
