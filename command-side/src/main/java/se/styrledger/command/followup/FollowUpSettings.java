package se.styrledger.command.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.styrledger.events.followup.FollowUpReportKind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * the cut-off dates (brytdatum) of delårsrapport 1, delårsrapport 2 and the årsredovisning, as month-day
 * ("04-30"). The policy itself says both "efter april" and "per sista mars", so each kommun sets the delårsrapporter'
 * own. The årsredovisning closes the räkenskapsår, which is the calendar year (KL 11 kap), so its cut-off is always
 * 12-31: a setting that says otherwise is refused. A wrong setting stops the ledger at start-up rather than
 * producing reports with odd periods.
 *
 * @param cutOffs three dates in order: {@code styrledger.follow-up.cut-offs=04-30,08-31,12-31}
 */
@ConfigurationProperties("styrledger.follow-up")
public record FollowUpSettings(List<String> cutOffs) {

    private static final List<String> DEFAULTS = List.of("04-30", "08-31", "12-31");
    /** The last day of the räkenskapsår: the årsredovisning's cut-off, whatever a kommun configures. */
    private static final MonthDay END_OF_FINANCIAL_YEAR = MonthDay.of(12, 31);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public FollowUpSettings {
        cutOffs = cutOffs == null || cutOffs.isEmpty() ? DEFAULTS : List.copyOf(cutOffs);
        if (cutOffs.size() != FollowUpReportKind.values().length) {
            throw new IllegalStateException("styrledger.follow-up.cut-offs: give three dates (MM-dd), one each for"
                    + " delårsrapport 1, delårsrapport 2 and årsredovisningen; got " + cutOffs);
        }
        MonthDay previous = null;
        for (String text : cutOffs) {
            MonthDay day = parse(text);
            if (previous != null && !day.isAfter(previous)) {
                throw new IllegalStateException("styrledger.follow-up.cut-offs must be in calendar order; got " + cutOffs);
            }
            previous = day;
        }
        if (!END_OF_FINANCIAL_YEAR.equals(previous)) {
            throw new IllegalStateException("styrledger.follow-up.cut-offs: the årsredovisning closes the räkenskapsår,"
                    + " so its cut-off is 12-31 (R-20, KL 11 kap); got " + cutOffs);
        }
    }

    /** The cut-off date of a report of this kind in this year. */
    public LocalDate cutOff(FollowUpReportKind kind, int year) {
        return parse(cutOffs.get(kind.ordinal())).atYear(year);
    }

    private static MonthDay parse(String text) {
        try {
            return MonthDay.parse(text.strip(), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("styrledger.follow-up.cut-offs: '" + text + "' is not a date like 04-30", e);
        }
    }
}
