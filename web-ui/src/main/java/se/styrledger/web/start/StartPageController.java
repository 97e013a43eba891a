package se.styrledger.web.start;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.goals.StrategicDirectionView;
import se.styrledger.query.goals.VisionView;
import se.styrledger.query.support.ReadTime;
import se.styrledger.web.support.Decisions;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.Views;

import java.util.List;

/** The start page: KF's vision and its strategiska inriktningar on the chosen date. */
@Controller
public class StartPageController {

    private final GoalQueries goals;
    private final Decisions decisions;

    public StartPageController(GoalQueries goals, Decisions decisions) {
        this.goals = goals;
        this.decisions = decisions;
    }

    @GetMapping("/")
    public ModelAndView start(PageContext page) {
        ReadTime at = page.time().readTime();
        List<VisionView> visions = goals.visions(at);
        List<StrategicDirectionView> directions = goals.directions(at, null);
        return Views.page("pages/start", page, "visions", visions, "directions", directions,
                "names", decisions.at(at));
    }
}
