package se.styrledger.query.support;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryPropertiesTest {

    @Test
    void unsetSettingsTakeTheDocumentedDefaults() {
        QueryProperties defaults = new QueryProperties(null, null, null);

        assertThat(defaults.maxConcurrentExports()).isEqualTo(2);
        assertThat(defaults.maxConcurrentWaits()).isEqualTo(32);
        assertThat(defaults.minPositionWait()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aNonsenseValueStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new QueryProperties(0, null, null))
                .hasMessageContaining("styrledger.queries.max-concurrent-exports");
        assertThatThrownBy(() -> new QueryProperties(null, -1, null))
                .hasMessageContaining("styrledger.queries.max-concurrent-waits");
        assertThatThrownBy(() -> new QueryProperties(null, null, Duration.ZERO))
                .hasMessageContaining("styrledger.queries.min-position-wait");
    }
}
