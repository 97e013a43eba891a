package se.styrledger.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a setting's record does at start-up: the value it takes when unset, and a value that makes no sense. */
public final class StartUp {

    private StartUp() {
    }

    /** Starts {@code runner} with {@code property=value} and asserts that the start fails naming the property. */
    public static void stopsNaming(ApplicationContextRunner runner, String property, String value) {
        runner.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).as(property + "=" + value).hasFailed();
            assertThat(context.getStartupFailure()).as(property + "=" + value).hasStackTraceContaining(property);
        });
    }

    /**
     * The default a record gives an unset property is the one the configuration metadata shows operators and IDEs: the
     * processor cannot read it from a compact constructor, so the metadata repeats it (ADR 0200). Each documented
     * default of the given records, set explicitly, must bind to the same record as setting nothing. Returns how many
     * defaults were compared.
     */
    public static int documentedDefaultsAreTheDefaults(ApplicationContextRunner runner, List<Class<?>> records)
            throws IOException {
        int compared = 0;
        for (JsonNode property : metadata()) {
            String owner = property.path("sourceType").asText().split("\\$")[0];
            Class<?> record = records.stream().filter(r -> r.getName().equals(owner)).findFirst().orElse(null);
            if (record == null || !property.has("defaultValue")) {
                continue;
            }
            String setting = property.get("name").asText() + "=" + property.get("defaultValue").asText();
            runner.run(unset -> runner.withPropertyValues(setting).run(set -> assertThat(set.getBean(record))
                    .as(setting).isEqualTo(unset.getBean(record))));
            compared++;
        }
        return compared;
    }

    private static List<JsonNode> metadata() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> properties = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = resource.getInputStream()) {
                json.readTree(in).path("properties").forEach(properties::add);
            }
        }
        return properties;
    }
}
