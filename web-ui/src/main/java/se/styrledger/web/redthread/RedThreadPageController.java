package se.styrledger.web.redthread;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.organisation.UnitView;
import se.styrledger.query.redthread.RedThreadQueries;
import se.styrledger.query.support.ReadTime;
import se.styrledger.web.support.Decisions;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.Views;

import java.util.UUID;

/**
 * The whole röd tråd on the chosen date as a tree of details/summary elements: it opens and closes with the keyboard
 * (Tab, Enter, Space) and without JavaScript, and prints fully expanded.
 */
@Controller
public class RedThreadPageController {

    private final RedThreadQueries redThread;
    private final UnitQueries units;
    private final Decisions decisions;

    public RedThreadPageController(RedThreadQueries redThread, UnitQueries units, Decisions decisions) {
        this.redThread = redThread;
        this.units = units;
        this.decisions = decisions;
    }

    /** {@code enhet}: only the paths that lead to one nämnd's or bolag's effektmål; an unknown value narrows nothing. */
    @GetMapping("/rod-trad")
    public ModelAndView tree(PageContext page, @RequestParam(name = "enhet", required = false) String unit) {
        ReadTime at = page.time().readTime();
        UUID unitId = uuid(unit);
        return Views.page("pages/redthread", page, "tree", redThread.tree(at, unitId, null),
                "unitName", unitId == null ? null : units.one(unitId, at).map(UnitView::name).orElse(null),
                "names", decisions.at(at));
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
