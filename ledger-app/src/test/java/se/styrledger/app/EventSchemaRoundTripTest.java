package se.styrledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record in shared-events is stored for ever: each must come back from its JSON equal to what was written,
 * with the ledger's strict Jackson settings. A bean-style method such as {@code isValid()} on a record would add a
 * field that cannot be read back; this test catches it before an event is ever stored.
 */
@JsonTest(properties = "spring.jackson.deserialization.fail-on-unknown-properties=true")
@ContextConfiguration(classes = EventSchemaRoundTripTest.class)
class EventSchemaRoundTripTest {

    @Autowired
    private ObjectMapper json;

    @Test
    void everyEventRecordSurvivesARoundTripThroughJson() throws Exception {
        List<Class<?>> records = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.styrledger.events")) {
            Class<?> reflected = type.reflect();
            if (reflected.isRecord()) {
                records.add(reflected);
            }
        }
        assertThat(records).hasSizeGreaterThan(20);
        for (Class<?> record : records) {
            Object original = sample(record);
            Object copy = json.readValue(json.writeValueAsBytes(original), record);
            assertThat(copy).as(record.getSimpleName()).isEqualTo(original);
        }
    }

    private static Object sample(Type type) throws Exception {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Object element = sample(generic.getActualTypeArguments()[0]);
            if (raw == List.class) {
                return List.of(element);
            }
            if (raw == Set.class) {
                return Set.of(element);
            }
            if (raw == Map.class) {
                return Map.of(String.valueOf(element), sample(generic.getActualTypeArguments()[1]));
            }
        }
        Class<?> raw = (Class<?>) type;
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2024, 4, 30);
        }
        if (raw == Instant.class) {
            return Instant.parse("2024-05-02T10:15:30.123456Z");
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 7L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("45.5");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            return raw.getDeclaredConstructor(types).newInstance(values);
        }
        throw new IllegalArgumentException("No sample for " + type + ": teach this test the type");
    }
}
