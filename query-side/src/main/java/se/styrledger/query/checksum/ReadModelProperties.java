package se.styrledger.query.checksum;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code styrledger.read-models.*} (ADR 0136).
 *
 * @param notReadTables tables left out of the read-table checksums besides Axon's, Flyway's and the command side's
 */
@ConfigurationProperties("styrledger.read-models")
public record ReadModelProperties(List<String> notReadTables) {

    public ReadModelProperties {
        notReadTables = notReadTables == null ? List.of() : List.copyOf(notReadTables);
    }
}
