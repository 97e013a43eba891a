package se.styrledger.query.audit;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import se.styrledger.events.Decision;
import se.styrledger.events.followup.FollowUpReportKind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.platform.testing.SampleEvents.sample;

/**
 * Every event type in shared-events has a Swedish description in the audit trail: a new event without one fails the
 * build here. The events are found, not listed: every record in {@code se.styrledger.events} that no other record
 * holds as a component (Decision, Period, GenderSplit … are parts of events, never events themselves).
 */
class AuditDescriptionsTest {

    private static final Pattern BARE_UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final FollowUpDescriptions.Memory MEMORY = new FollowUpDescriptions.Memory() {
        @Override
        public BigDecimal value(UUID valueId) {
            return new BigDecimal("41.5");
        }

        @Override
        public FollowUpDescriptions.Report report(UUID reportId) {
            return new FollowUpDescriptions.Report(2025, FollowUpReportKind.INTERIM_1);
        }
    };

    @Test
    void everyEventHasASwedishDescriptionThatNamesNoClassAndNoBareId() throws Exception {
        List<Class<?>> events = eventTypes();
        assertThat(events).as("the events of shared-events").hasSizeGreaterThan(50);
        for (Class<?> event : events) {
            String description = AuditDescriptions.describe(sample(event), MEMORY).description();
            assertThat(description).as(event.getSimpleName())
                    .isNotEqualTo(AuditDescriptions.UNDESCRIBED)
                    .doesNotContain(event.getSimpleName());
            // A reference is replaced by the name on the audited date when read; nothing else may be an id.
            String read = AuditNames.resolve(description, Map.of());
            assertThat(BARE_UUID.matcher(read).find()).as(event.getSimpleName() + ": " + read).isFalse();
        }
    }

    @Test
    void theEnumerationFindsTheFollowUpEventsThatOnceFellBackToTheirClassName() throws Exception {
        assertThat(eventTypes().stream().map(Class::getSimpleName)).contains("IndicatorValueCorrected",
                "AssessmentRecorded", "FollowUpReportClosed", "KoladaImportRecorded")
                .doesNotContain("Decision", "Period", "GenderSplit", "IndicatorTarget");
    }

    @Test
    void aCorrectionShowsTheValueItSupersedesItsSourceAndTheClosedReport() throws Exception {
        String description = AuditDescriptions.describe(sample(
                se.styrledger.events.followup.IndicatorValueCorrected.class), MEMORY).description();
        assertThat(description).contains("ersätter 41.5").contains("källa").contains("delårsrapport 1 2025");
    }

    private static final java.net.URL SHARED_EVENTS = Decision.class.getProtectionDomain().getCodeSource()
            .getLocation();

    static List<Class<?>> eventTypes() throws Exception {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
        List<Class<?>> records = new ArrayList<>();
        for (Resource resource : resolver.getResources("classpath*:se/styrledger/events/**/*.class")) {
            String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            Class<?> type = Class.forName(name);
            // Only shared-events' own: test sources elsewhere keep example events in the same package.
            if (type.isRecord() && type.getProtectionDomain().getCodeSource().getLocation().equals(SHARED_EVENTS)) {
                records.add(type);
            }
        }
        Set<Class<?>> parts = new HashSet<>();
        for (Class<?> record : records) {
            for (RecordComponent component : record.getRecordComponents()) {
                parts.add(component.getType());
                if (component.getGenericType() instanceof ParameterizedType generic) {
                    for (Type argument : generic.getActualTypeArguments()) {
                        if (argument instanceof Class<?> c) {
                            parts.add(c);
                        }
                    }
                }
            }
        }
        return records.stream().filter(record -> !parts.contains(record)).distinct().toList();
    }
}
