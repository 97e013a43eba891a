package se.styrledger.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param port          the port to listen on (loopback only); 0 picks a free one
 */
@ConfigurationProperties("styrledger.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, Integer port) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        if (port == null) {
            port = 0;
        }
    }
}
