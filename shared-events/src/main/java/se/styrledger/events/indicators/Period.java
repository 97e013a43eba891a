package se.styrledger.events.indicators;

import java.time.LocalDate;

/**
 * A reporting period: e.g. MONTH 2024 3 is March 2024, TERTIAL 2024 1 is January–April 2024, YEAR 2024 1 is 2024.
 * {@link #start()} and {@link #end()} give its dates on the decision axis.
 */
public record Period(PeriodKind kind, int year, int number) {

    public LocalDate start() {
        int monthsLong = 12 / kind.perYear();
        return LocalDate.of(year, (number - 1) * monthsLong + 1, 1);
    }

    /** The last day of the period, inclusive. */
    public LocalDate end() {
        int monthsLong = 12 / kind.perYear();
        return start().plusMonths(monthsLong).minusDays(1);
    }

    /** Not named isValid(): a bean-style getter would be written into every stored event as a field. */
    public boolean wellFormed() {
        return kind != null && year >= 1900 && year <= 2200 && number >= 1 && number <= kind.perYear();
    }
}
