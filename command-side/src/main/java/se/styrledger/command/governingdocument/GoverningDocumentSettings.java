package se.styrledger.command.governingdocument;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the kommun's rules for who adopts which styrdokument. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdoptionRules.class)
public class GoverningDocumentSettings {
}
