package se.styrledger.events.indicators;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @Test
    void theFirstTertialRunsFromJanuaryToApril() {
        Period first = new Period(PeriodKind.TERTIAL, 2024, 1);

        assertThat(first.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(first.end()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void aMonthEndsOnItsLastDay() {
        assertThat(new Period(PeriodKind.MONTH, 2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aYearHasOnlyPeriodOne() {
        assertThat(new Period(PeriodKind.YEAR, 2024, 1).wellFormed()).isTrue();
        assertThat(new Period(PeriodKind.YEAR, 2024, 2).wellFormed()).isFalse();
        assertThat(new Period(PeriodKind.MONTH, 0, 1).wellFormed()).isFalse();
    }
}
