package se.styrledger.query.followup;

import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.support.PeriodLabels;

import java.util.Locale;

/**
 * The Swedish words for periods and reports, in one place: reports, findings, the audit trail and the API all name a
 * period ("april 2024") and a report ("delårsrapport 1 2024") from here, so one concept has one wording.
 */
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

    /** "Delårsrapport 1 2024", "Årsredovisning 2024": a report as a heading names it. */
    static String reportTitle(FollowUpReportKind kind, int year) {
        String words = reportName(kind, year);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "delårsrapport 1 2024", "årsredovisning 2024": a report as a sentence names it. */
    public static String reportName(FollowUpReportKind kind, int year) {
        return kind.swedish() + " " + year;
    }
}
