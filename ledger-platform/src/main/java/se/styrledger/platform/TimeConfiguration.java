package se.styrledger.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** "Today" for rules and default queries is the kommun's calendar day, not the server's. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    public Clock clock(TimeProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
