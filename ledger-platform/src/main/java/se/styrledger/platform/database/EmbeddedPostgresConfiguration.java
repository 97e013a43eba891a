package se.styrledger.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * The default database: a real PostgreSQL started from the application's own dependencies, with its data kept on
 * disk, so a kommun can try the ledger with nothing installed. Configuring {@code spring.datasource.url} switches
 * it off and Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        try {
            Files.createDirectories(properties.dataDirectory());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Loopback only: the embedded database is never reachable from another host.
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
                    properties.dataDirectory().toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
                    + properties.dataDirectory().toAbsolutePath(), e);
        }
    }

    @Bean(destroyMethod = "close")
    public DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("styrledger-embedded");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
