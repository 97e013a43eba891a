package se.styrledger.command;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.styrledger.platform.PlatformConfiguration;

/**
 * The command side: aggregates, the rules they enforce and the command API. Switched off with
 * {@code styrledger.command-side.enabled=false} to run a query-only node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "styrledger.command-side.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan
@Import(PlatformConfiguration.class)
public class CommandSideConfiguration {
}
