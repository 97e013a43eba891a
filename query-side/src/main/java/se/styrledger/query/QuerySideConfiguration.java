package se.styrledger.query;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.styrledger.platform.PlatformConfiguration;

/**
 * The query side: projections from the event stream into read tables, and the query API. Switched off with
 * {@code styrledger.query-side.enabled=false} to run a command-only node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "styrledger.query-side.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan
@ConfigurationPropertiesScan
@Import(PlatformConfiguration.class)
public class QuerySideConfiguration {
}
