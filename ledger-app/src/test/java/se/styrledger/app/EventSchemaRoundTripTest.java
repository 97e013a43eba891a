package se.styrledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.platform.testing.SampleEvents.sample;

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
}
