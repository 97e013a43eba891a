package se.styrledger.command.kolada;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KoladaProperties.class)
public class KoladaConfiguration {
}
