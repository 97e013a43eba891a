package se.styrledger.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code styrledger.projections.node-id}: the name this node claims projection work under. The token store that uses
 * it is the platform's, so it is bound here; the query side binds the rest of {@code styrledger.projections.*}
 * (ADR 0200).
 *
 * @param nodeId unique per node; unset or blank keeps Axon's default (process id and host)
 */
@ConfigurationProperties("styrledger.projections")
public record ProjectionNodeProperties(String nodeId) {

    public ProjectionNodeProperties {
        nodeId = nodeId == null ? "" : nodeId.strip();
    }
}
