package se.styrledger.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * The default database: a real PostgreSQL started from the application's own dependencies, with its data kept on
 * disk, so a kommun can try the ledger with nothing installed. Configuring {@code spring.datasource.url} switches
 * it off and Spring Boot's own data source takes over.
 * <p>
 * As with an external database, Flyway migrates as the owner (here the superuser {@code postgres}) and the ledger
 * itself connects as the application role {@link DatabaseRoles#APPLICATION}, which may not change the event table.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        try {
            Files.createDirectories(properties.dataDirectory());
            OrphanedPostgres.shutDownIfLeftBehind(properties.dataDirectory());
            EmbeddedPostgresVersion.requireSameMajor(properties.dataDirectory());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Loopback only: the embedded database is never reachable from another host.
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // The library defaults to synchronous_commit=off, which can lose the last acknowledged commits
                    // when PostgreSQL or the machine crashes. An acknowledged decision must survive that.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
                    properties.dataDirectory().toAbsolutePath());
            createApplicationRole(postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
                    + properties.dataDirectory().toAbsolutePath(), e);
        }
    }

    /**
     * The embedded database trusts loopback connections, so the role needs no password. A transaction left idle (a
     * stalled or cut-off client) is ended well within the event store's gap timeout: it can then never commit an
     * event late enough for a reader to have given up on its position.
     */
    private static void createApplicationRole(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
                        END IF;
                    END $$;
                    ALTER ROLE %1$s SET idle_in_transaction_session_timeout = '20s';
                    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                    """.formatted(DatabaseRoles.APPLICATION));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application role in the embedded PostgreSQL", e);
        }
    }

    /** Migrations run as the owner; the ledger's own connections never could. */
    @Bean
    public FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres) {
        return configuration -> configuration.dataSource(postgres.getPostgresDatabase());
    }

    @Bean(destroyMethod = "close")
    public DataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
        // The import keeps every event's original position and time, which only the owner may write (V85).
        String role = DatabaseRoles.importing(environment) ? "postgres" : DatabaseRoles.APPLICATION;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(role, "postgres"));
        config.setUsername(role);
        config.setPoolName("styrledger-embedded");
        config.setMaximumPoolSize(20);
        config.setConnectionInitSql(DatabaseRoles.SESSION_SETTINGS);
        // The same bounds as spring.datasource.hikari.* in application.yml for an external database: while the
        // database is away a request waits at most this long for a connection, then gets 503.
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        config.addDataSourceProperty("connectTimeout", "5");
        return new HikariDataSource(config);
    }
}
