package se.styrledger.query;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import se.styrledger.query.audit.AuditProperties;
import se.styrledger.query.checksum.ReadModelProperties;
import se.styrledger.query.rebuild.RebuildProperties;
import se.styrledger.query.support.ProjectionProperties;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.platform.testing.StartUp.documentedDefaultsAreTheDefaults;
import static se.styrledger.platform.testing.StartUp.stopsNaming;

/**
 * The query side's settings as Spring binds them (ADR 0136, 0200): the documented defaults when nothing is set, the
 * operators' spellings, and a start-up that stops, naming the property, when a value makes no sense.
 */
class QuerySideSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ProjectionProperties.class, RebuildProperties.class, AuditProperties.class,
            ReadModelProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void unsetSettingsTakeTheDocumentedDefaults() {
        runner.run(context -> {
            ProjectionProperties projections = context.getBean(ProjectionProperties.class);
            assertThat(projections.processor()).isEqualTo(ProjectionProperties.Processor.POOLED);
            assertThat(projections.segments()).isEqualTo(1);
            assertThat(projections.batchSize()).isEqualTo(100);
            assertThat(projections.claimExtensionMillis()).isEqualTo(250);
            assertThat(projections.historyCacheAggregates()).isEqualTo(4096);
            assertThat(projections.watchdogInterval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(projections.watchdogPatience()).isEqualTo(3);
            assertThat(projections.health().maxLag()).isEqualTo(1000);

            RebuildProperties rebuild = context.getBean(RebuildProperties.class);
            assertThat(rebuild.pollInterval()).isEqualTo(Duration.ofMillis(500));
            assertThat(rebuild.logInterval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(rebuild.stopTimeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(rebuild.replay()).isEqualTo(RebuildProperties.Replay.SHARED);
            assertThat(rebuild.sharedReplayBatchSize()).isEqualTo(2000);

            AuditProperties audit = context.getBean(AuditProperties.class);
            assertThat(audit.lateRecordingDays()).isEqualTo(30);
            assertThat(audit.forecastOverFrameShare()).isEqualByComparingTo("0.01");

            assertThat(context.getBean(ReadModelProperties.class).notReadTables()).isEmpty();
        });
    }

    @Test
    void theOperatorsSpellingsBind() {
        runner.withPropertyValues("styrledger.projections.processor=tracking",
                "styrledger.projections.health.max-lag=50", "styrledger.rebuild.replay=per-processor",
                "styrledger.rebuild.poll-interval=100ms", "styrledger.audit.forecast-over-frame-share=0.05",
                "styrledger.read-models.not-read-tables=scratch_a,scratch_b").run(context -> {
            assertThat(context.getBean(ProjectionProperties.class).processor())
                    .isEqualTo(ProjectionProperties.Processor.TRACKING);
            assertThat(context.getBean(ProjectionProperties.class).health().maxLag()).isEqualTo(50);
            assertThat(context.getBean(RebuildProperties.class).replay())
                    .isEqualTo(RebuildProperties.Replay.PER_PROCESSOR);
            assertThat(context.getBean(RebuildProperties.class).pollInterval()).isEqualTo(Duration.ofMillis(100));
            assertThat(context.getBean(AuditProperties.class).forecastOverFrameShare())
                    .isEqualTo(new BigDecimal("0.05"));
            assertThat(context.getBean(ReadModelProperties.class).notReadTables())
                    .isEqualTo(List.of("scratch_a", "scratch_b"));
        });
    }

    @Test
    void theDefaultsTheMetadataShowsAreTheDefaults() throws IOException {
        assertThat(documentedDefaultsAreTheDefaults(runner, List.of(ProjectionProperties.class, RebuildProperties.class,
                AuditProperties.class, ReadModelProperties.class))).isGreaterThan(10);
    }

    @Test
    void aNonsenseValueStopsTheStartNamingTheProperty() {
        stopsNaming(runner, "styrledger.projections.batch-size", "-1");
        stopsNaming(runner, "styrledger.projections.segments", "0");
        stopsNaming(runner, "styrledger.projections.processor", "parallel");
        stopsNaming(runner, "styrledger.projections.claim-extension-millis", "0");
        stopsNaming(runner, "styrledger.projections.history-cache-aggregates", "-1");
        stopsNaming(runner, "styrledger.projections.watchdog-interval", "0s");
        stopsNaming(runner, "styrledger.projections.watchdog-patience", "0");
        stopsNaming(runner, "styrledger.projections.health.max-lag", "-1");
        stopsNaming(runner, "styrledger.rebuild.replay", "twice");
        stopsNaming(runner, "styrledger.rebuild.poll-interval", "-1s");
        stopsNaming(runner, "styrledger.rebuild.log-interval", "0ms");
        stopsNaming(runner, "styrledger.rebuild.stop-timeout", "0s");
        stopsNaming(runner, "styrledger.rebuild.shared-replay-batch-size", "0");
        stopsNaming(runner, "styrledger.audit.late-recording-days", "-1");
        stopsNaming(runner, "styrledger.audit.forecast-over-frame-share", "-0.5");
    }
}
