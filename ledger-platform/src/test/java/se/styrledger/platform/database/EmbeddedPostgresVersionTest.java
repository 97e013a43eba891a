package se.styrledger.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.platform.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresVersionTest {

    /** Fails when the binaries in pom.xml move to another major without MAJOR (and the upgrade guide) moving too. */
    @Test
    void theEmbeddedBinariesAreTheMajorTheLedgerChecksFor() {
        String version = new JdbcTemplate(TestDatabase.migrated()).queryForObject("SHOW server_version", String.class);
        assertThat(version).startsWith(EmbeddedPostgresVersion.MAJOR + ".");
    }

    @Test
    void aDataDirectoryOfAnotherMajorIsRefusedWithTheWayToUpgrade() throws IOException {
        Path old = TestDatabase.freshDirectory();
        Files.writeString(old.resolve("PG_VERSION"), "14\n");

        assertThatThrownBy(() -> EmbeddedPostgresVersion.requireSameMajor(old))
                .hasMessageContaining("PostgreSQL 14").hasMessageContaining("docs/operations.md");
        EmbeddedPostgresVersion.requireSameMajor(TestDatabase.freshDirectory());
    }
}
