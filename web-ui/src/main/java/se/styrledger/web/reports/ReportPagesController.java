package se.styrledger.web.reports;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.query.followup.FollowUpQueries;
import se.styrledger.query.followup.FollowUpQueries.ReportSummary;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.support.ReadTime;
import se.styrledger.web.support.Decisions;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.PageNotFound;
import se.styrledger.web.support.Views;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The reports: delårsrapporter and årsredovisningar with their status and, once closed, the frozen version in
 * HTML, CSV and JSON; and the monthly nyckeltalsrapport. The downloads are the API's, so a link on this page is the
 * same document a program reads.
 */
@Controller
public class ReportPagesController {

    private final FollowUpQueries followUp;
    private final UnitQueries units;
    private final Decisions decisions;

    public ReportPagesController(FollowUpQueries followUp, UnitQueries units, Decisions decisions) {
        this.followUp = followUp;
        this.units = units;
        this.decisions = decisions;
    }

    @GetMapping("/rapporter")
    public ModelAndView reports(PageContext page) {
        ReadTime at = page.time().readTime();
        List<ReportSummary> reports = new ArrayList<>(followUp.reports(null, at.knownAt()));
        Collections.reverse(reports);
        return Views.page("pages/reports", page, "reports", reports,
                "lastMonth", YearMonth.from(at.asOf()).minusMonths(1).toString());
    }

    @GetMapping("/rapporter/{reportId}")
    public ModelAndView report(@PathVariable UUID reportId, PageContext page) {
        ReadTime at = page.time().readTime();
        ReportSummary report = followUp.report(reportId, at.knownAt()).orElseThrow(() -> new PageNotFound(
                "Det finns ingen rapport med den adressen."));
        return Views.page("pages/report", page, "report", report, "units", units.all(at, null, false),
                "names", decisions.at(at));
    }

    /** {@code manad}: the month as 2024-03; the page explains a malformed one instead of failing. */
    @GetMapping("/rapporter/nyckeltal")
    public ModelAndView keyFigures(@RequestParam(name = "manad", required = false) String month, PageContext page) {
        ReadTime at = page.time().readTime();
        String chosen = month == null || month.isBlank() ? YearMonth.from(at.asOf()).minusMonths(1).toString()
                : month.strip();
        String error = null;
        try {
            YearMonth parsed = YearMonth.parse(chosen);
            if (parsed.getYear() < 1900 || parsed.getYear() > 2200) {
                error = "Månaden ska ligga mellan år 1900 och 2200.";
            }
        } catch (DateTimeParseException e) {
            error = "\"" + (chosen.length() > 20 ? chosen.substring(0, 20) + "…" : chosen)
                    + "\" är ingen månad. Skriv den som ÅÅÅÅ-MM, till exempel 2024-03.";
        }
        return Views.page("pages/keyfigures", page, "month", error == null ? chosen : null, "typed", chosen,
                "error", error, "units", units.all(at, null, false));
    }
}
