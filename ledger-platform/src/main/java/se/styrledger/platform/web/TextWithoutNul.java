package se.styrledger.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.List;

/**
 * Refuses a NUL character (U+0000, written {@code \\u0000} in JSON) in any text of a request body with 400 naming
 * the field. PostgreSQL cannot store it in a text column: the event would be recorded (its JSON is bytes) and then
 * fail in every projection, parked as a dead letter, so the read models would miss a decision the ledger accepted.
 * <p>
 * Only the web layer's JSON converter gets this: the mapper that reads stored events must still read any event the
 * ledger ever recorded.
 */
@Configuration(proxyBeanMethods = false)
public class TextWithoutNul implements WebMvcConfigurer {

    static final String NUL_MESSAGE = "contains U+0000";

    static String refusal(String what, String field) {
        return what + " '" + field + "' innehåller ett NUL-tecken (U+0000), som inte kan lagras i text.";
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                ObjectMapper guarded = jackson.getObjectMapper().copy()
                        .registerModule(new SimpleModule("text-without-nul")
                                .addDeserializer(String.class, new Refusing()));
                jackson.setObjectMapper(guarded);
            }
        }
    }

    private static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw context.weirdStringException(text, String.class, NUL_MESSAGE);
            }
            return text;
        }
    }
}
