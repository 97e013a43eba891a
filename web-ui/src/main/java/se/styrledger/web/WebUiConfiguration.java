package se.styrledger.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web UI: Swedish pages rendered on the server from the same query services the API uses, and (for recorders)
 * forms that send commands through the command side's CommandExecutor. It needs the query side; switched off with
 * {@code styrledger.web-ui.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${styrledger.web-ui.enabled:true} and ${styrledger.query-side.enabled:true}")
@ComponentScan
public class WebUiConfiguration {
}
