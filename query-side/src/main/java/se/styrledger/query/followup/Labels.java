package se.styrledger.query.followup;

import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.support.PeriodLabels;

import java.util.Locale;

/** The Swedish words reports use for periods and reports. */
public final class Labels {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Labels() {
    }

    static ReportDocument.PeriodView period(Period period) {
        return period == null ? null
                : new ReportDocument.PeriodView(period.kind().name(), period.year(), period.number(),
                        PeriodLabels.label(period));
    }

    static Period period(String kind, int year, int number) {
        return new Period(PeriodKind.valueOf(kind), year, number);
    }

    /** "Delårsrapport 1 2024", "Årsredovisning 2024". */
    static String reportTitle(FollowUpReportKind kind, int year) {
        String words = kind.swedish();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " " + year;
    }
}
