package se.styrledger.command.rights;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecordingRightSettings.class)
public class RecordingRightConfiguration {
}
