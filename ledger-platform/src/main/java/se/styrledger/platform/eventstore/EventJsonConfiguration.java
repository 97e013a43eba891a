package se.styrledger.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.styrledger.events.indicators.Period;

/**
 * Event records are plain Java; Jackson would also write their {@code isX()} checks as properties. Axon writes
 * events with the application's ObjectMapper, which refuses unknown properties, so such a property written once
 * would make the event unreadable for ever. The mix-ins here keep checks out of the JSON and skip them on reading.
 */
@Configuration(proxyBeanMethods = false)
public class EventJsonConfiguration {

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer eventJsonMixIns() {
        return builder -> builder.mixIn(Period.class, PeriodJson.class);
    }

    /** The same mix-ins on a mapper built outside Spring, e.g. a test's own event store. */
    public static ObjectMapper withEventMixIns(ObjectMapper mapper) {
        return mapper.addMixIn(Period.class, PeriodJson.class);
    }

    abstract static class PeriodJson {
        @JsonIgnore
        abstract boolean isValid();
    }
}
