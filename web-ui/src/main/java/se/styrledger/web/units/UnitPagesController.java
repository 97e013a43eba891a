package se.styrledger.web.units;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.query.commitments.Commitments;
import se.styrledger.query.commitments.CommitmentsView;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.organisation.UnitView;
import se.styrledger.query.support.ReadTime;
import se.styrledger.web.support.Decisions;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.PageNotFound;
import se.styrledger.web.support.Views;

import java.util.List;
import java.util.UUID;

/** The nämnder and bolag, and one nämnd's or bolag's page: its åtaganden for a year (the same as the API's). */
@Controller
public class UnitPagesController {

    private final UnitQueries units;
    private final Commitments commitments;
    private final Decisions decisions;

    public UnitPagesController(UnitQueries units, Commitments commitments, Decisions decisions) {
        this.units = units;
        this.commitments = commitments;
        this.decisions = decisions;
    }

    @GetMapping("/enheter")
    public ModelAndView all(PageContext page) {
        ReadTime at = page.time().readTime();
        List<UnitView> all = units.all(at, null, false);
        return Views.page("pages/units", page, "units", all, "names", decisions.at(at));
    }

    /** {@code ar}: the verksamhetsår shown; the year of Per datum when absent or not a year. */
    @GetMapping("/enheter/{unitId}")
    public ModelAndView unit(@PathVariable UUID unitId, @RequestParam(name = "ar", required = false) String year,
                             PageContext page) {
        ReadTime at = page.time().readTime();
        int shown = year(year, at);
        CommitmentsView view = commitments.of(unitId, shown, at).orElseThrow(() -> new PageNotFound(
                "Det finns ingen nämnd eller bolag med den adressen " + at.asOf() + "."));
        UnitView unit = units.one(unitId, at).orElseThrow();
        return Views.page("pages/unit", page, "unit", unit, "commitments", view, "names", decisions.at(at));
    }

    private static int year(String value, ReadTime at) {
        try {
            int year = Integer.parseInt(value);
            return year >= 1900 && year <= 2200 ? year : at.asOf().getYear();
        } catch (NumberFormatException e) {
            return at.asOf().getYear();
        }
    }
}
