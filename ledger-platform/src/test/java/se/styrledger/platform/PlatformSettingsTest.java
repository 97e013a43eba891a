package se.styrledger.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.styrledger.platform.eventstore.ProjectionNodeProperties;
import se.styrledger.platform.web.HttpProperties;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.platform.testing.StartUp.documentedDefaultsAreTheDefaults;
import static se.styrledger.platform.testing.StartUp.stopsNaming;

/**
 * The platform's single settings as Spring binds them (ADR 0136, 0200): the documented defaults, the kommun's calendar
 * reaching the clock, and a start-up that stops, naming the property, when a value makes no sense.
 */
class PlatformSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TimeProperties.class, HttpProperties.class, ProjectionNodeProperties.class})
    @Import(TimeConfiguration.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void unsetSettingsTakeTheDocumentedDefaults() {
        runner.run(context -> {
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
            assertThat(context.getBean(HttpProperties.class).maxBodyBytes()).isEqualTo(262_144);
            assertThat(context.getBean(ProjectionNodeProperties.class).nodeId()).isEmpty();
        });
    }

    @Test
    void theKommunsTimeZoneIsTheClocks() {
        runner.withPropertyValues("styrledger.time-zone=Europe/Helsinki", "styrledger.projections.node-id=node-b")
                .run(context -> {
                    assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
                    assertThat(context.getBean(ProjectionNodeProperties.class).nodeId()).isEqualTo("node-b");
                });
    }

    @Test
    void theDefaultsTheMetadataShowsAreTheDefaults() throws IOException {
        assertThat(documentedDefaultsAreTheDefaults(runner, List.of(TimeProperties.class, HttpProperties.class,
                ProjectionNodeProperties.class))).isGreaterThan(1);
    }

    @Test
    void aNonsenseValueStopsTheStartNamingTheProperty() {
        stopsNaming(runner, "styrledger.time-zone", "Europe/Atlantis");
        stopsNaming(runner, "styrledger.http.max-body-bytes", "0");
    }
}
