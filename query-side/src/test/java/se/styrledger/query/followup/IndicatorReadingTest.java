package se.styrledger.query.followup;

import org.junit.jupiter.api.Test;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorReadingTest {

    private static IndicatorReading.Point month(int year, int number, String value) {
        return new IndicatorReading.Point(new Period(PeriodKind.MONTH, year, number), new BigDecimal(value));
    }

    @Test
    void theLatestValueOfTheYearIsReadAgainstTheTargetAndTheValueBeforeIt() {
        ReportDocument.Computed reading = IndicatorReading.read(IndicatorDirection.HIGHER_IS_BETTER,
                new BigDecimal("80"), List.of(month(2024, 2, "75"), month(2024, 3, "78.5")), 2024);

        assertThat(reading.position()).isEqualTo("NOT_REACHED");
        assertThat(reading.difference()).isEqualByComparingTo("-1.5");
        assertThat(reading.trend()).isEqualTo("IMPROVING");
        assertThat(reading.previousPeriod().label()).isEqualTo("februari 2024");
    }

    @Test
    void lowerIsBetterTurnsBothPositionAndTrendAround() {
        ReportDocument.Computed reading = IndicatorReading.read(IndicatorDirection.LOWER_IS_BETTER,
                new BigDecimal("10"), List.of(month(2024, 2, "9"), month(2024, 3, "9.5")), 2024);

        assertThat(reading.position()).isEqualTo("REACHED");
        assertThat(reading.trend()).isEqualTo("WORSENING");
        assertThat(reading.trendLabel()).isEqualTo("försämring");
    }

    @Test
    void theTrendComparesWithTheSameKindOfPeriodAcrossTheTurnOfTheYear() {
        ReportDocument.Computed reading = IndicatorReading.read(IndicatorDirection.HIGHER_IS_BETTER, null,
                List.of(month(2023, 12, "60"), new IndicatorReading.Point(new Period(PeriodKind.TERTIAL, 2024, 1),
                        new BigDecimal("99")), month(2024, 1, "60")), 2024);

        assertThat(reading.position()).isEqualTo("NO_TARGET");
        assertThat(reading.trend()).isEqualTo("UNCHANGED");
        assertThat(reading.previousPeriod().label()).isEqualTo("december 2023");
    }

    @Test
    void withoutAValueInTheYearThereIsNoPositionAndNoTrend() {
        ReportDocument.Computed reading = IndicatorReading.read(IndicatorDirection.HIGHER_IS_BETTER,
                new BigDecimal("80"), List.of(month(2023, 12, "90")), 2024);

        assertThat(reading.position()).isEqualTo("NO_VALUE");
        assertThat(reading.trend()).isEqualTo("NO_COMPARISON");
        assertThat(reading.latestValue()).isNull();
    }
}
