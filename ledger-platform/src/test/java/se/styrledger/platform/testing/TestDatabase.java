package se.styrledger.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL for tests, started once per JVM and migrated with the ledger's own Flyway scripts.
 * Tests use fresh ids, so they share it without stepping on each other.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized DataSource migrated() {
        if (postgres == null) {
            postgres = start(freshDirectory());
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                    .migrate();
        }
        return postgres.getPostgresDatabase();
    }

    /** Starts a PostgreSQL on its own data directory: a stand-in for a kommun's external database server. */
    public static EmbeddedPostgres start(Path dataDirectory) {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path freshDirectory() {
        try {
            return Files.createTempDirectory("styrledger-test-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
