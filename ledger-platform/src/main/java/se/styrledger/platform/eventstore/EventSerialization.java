package se.styrledger.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How events are written and read (ADR 0097). Every event carries a revision: {@code @Revision} on its record when
 * its shape has changed, else {@value #FIRST}. Events read from the store ignore properties their record does not
 * know: a release may add an optional property, and the release before it (after a rollback, or a query node not yet
 * upgraded during a rolling upgrade) must still read every event. The HTTP API keeps refusing unknown properties;
 * it uses Spring's own mapper, which this one copies and only loosens.
 */
@Configuration(proxyBeanMethods = false)
public class EventSerialization {

    /** The revision of every event whose record has no {@code @Revision}: the shape it was first stored in. */
    public static final String FIRST = "1";

    @Bean
    public RevisionResolver revisionResolver() {
        AnnotationRevisionResolver annotated = new AnnotationRevisionResolver();
        return type -> {
            String revision = annotated.revisionOf(type);
            return revision != null ? revision : FIRST;
        };
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(ObjectMapper json, RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(tolerant(json))
                .revisionResolver(revisionResolver)
                .build();
    }

    static ObjectMapper tolerant(ObjectMapper json) {
        return json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
