package se.styrledger.query.indicators;

import org.junit.jupiter.api.Test;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.query.testing.ProjectionBench;

import java.sql.Date;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorProjectionTest {

    private final ProjectionBench bench = new ProjectionBench();
    private final UUID indicator = UUID.randomUUID();

    IndicatorProjectionTest() {
        bench.with(new IndicatorProjection(bench.models()));
    }

    @Test
    void aDefinitionHoldsOnEveryDateAndARevisionFromTheDayItWasRecorded() {
        bench.record(indicator, new IndicatorDefined(indicator, "Insamlat hushållsavfall", "kg/invånare",
                IndicatorDirection.LOWER_IS_BETTER, IndicatorSource.KOLADA, "U07483"),
                Instant.parse("2024-01-10T09:00:00Z"));
        bench.record(indicator, new IndicatorRevised(indicator, "Insamlat kommunalt avfall totalt", "kg/invånare",
                IndicatorDirection.LOWER_IS_BETTER, IndicatorSource.KOLADA, "U07483"),
                Instant.parse("2024-05-02T09:00:00Z"));

        List<Map<String, Object>> versions = bench.jdbc().queryForList("SELECT * FROM indicator_version"
                + " WHERE indicator_id = ? AND recorded_to IS NULL ORDER BY valid_from", indicator);

        assertThat(versions).extracting(r -> r.get("name"))
                .containsExactly("Insamlat hushållsavfall", "Insamlat kommunalt avfall totalt");
        assertThat(versions.get(0).get("valid_from")).isEqualTo(Date.valueOf("1900-01-01"));
        assertThat(versions.get(1).get("valid_from")).isEqualTo(Date.valueOf("2024-05-02"));
        assertThat(versions.get(1).get("source")).isEqualTo("KOLADA");
        assertThat(versions.get(1).get("kolada_kpi_id")).isEqualTo("U07483");
        assertThat(versions.get(1).get("version")).isEqualTo(2);
    }
}
