package se.styrledger.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** "Today" for rules and default queries is the kommun's calendar day, not the server's. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    public Clock clock(@Value("${styrledger.time-zone:Europe/Stockholm}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
