package se.styrledger.query.support;

import se.styrledger.events.indicators.Period;

import java.util.List;

/**
 * How the ledger names a period in Swedish, for reports, the economy and pages alike. Here, below them all, so that
 * the economy and the follow-up can both use it without depending on each other.
 */
public final class PeriodLabels {

    /** Spelled out here rather than taken from the JDK's locale data, so a frozen report reads the same on any JDK. */
    public static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private PeriodLabels() {
    }

    /** "mars 2024", "tertial 1 2024", "år 2024": a period as reports and pages name it. */
    public static String label(Period period) {
        return switch (period.kind()) {
            case MONTH -> MONTHS.get(period.number() - 1) + " " + period.year();
            case TERTIAL -> "tertial " + period.number() + " " + period.year();
            case YEAR -> "år " + period.year();
        };
    }
}
