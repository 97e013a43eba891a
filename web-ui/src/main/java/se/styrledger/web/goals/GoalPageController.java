package se.styrledger.web.goals;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import se.styrledger.query.followup.FollowUpQueries;
import se.styrledger.query.goals.DirectionGoalView;
import se.styrledger.query.goals.EffectGoalDetail;
import se.styrledger.query.goals.EffectGoalDetails;
import se.styrledger.query.goals.EffectGoalView;
import se.styrledger.query.goals.GoalIndicatorView;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.support.ReadTime;
import se.styrledger.web.support.Decisions;
import se.styrledger.web.support.PageContext;
import se.styrledger.web.support.PageNotFound;
import se.styrledger.web.support.Views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A goal's page, effektmål or inriktningsmål: the version in force on the chosen date, every version with the decision
 * behind it, its links, and each indikator as a chart with the same figures in a table.
 */
@Controller
public class GoalPageController {

    private final GoalQueries goals;
    private final EffectGoalDetails details;
    private final FollowUpQueries followUp;
    private final Decisions decisions;

    public GoalPageController(GoalQueries goals, EffectGoalDetails details, FollowUpQueries followUp,
                              Decisions decisions) {
        this.goals = goals;
        this.details = details;
        this.followUp = followUp;
        this.decisions = decisions;
    }

    @GetMapping("/mal/{goalId}")
    public ModelAndView goal(@PathVariable UUID goalId, PageContext page) {
        ReadTime at = page.time().readTime();
        // Every version as known at knownAt, whatever Per datum says: the history is the point of the page.
        List<EffectGoalView> effectVersions = goals.effectGoalHistory(goalId, at);
        if (!effectVersions.isEmpty()) {
            EffectGoalDetail current = goals.effectGoal(goalId, at)
                    .map(goal -> details.of(at, List.of(goal)).get(0)).orElse(null);
            EffectGoalView shown = current != null ? current.effectGoal() : effectVersions.get(effectVersions.size() - 1);
            List<IndicatorChart> charts = current == null ? List.of()
                    : charts(current.indicators(), shown.ownerUnitId(), at);
            return Views.page("pages/effectgoal", page, "goal", shown, "detail", current, "versions", effectVersions,
                    "charts", charts, "names", decisions.at(at));
        }
        List<DirectionGoalView> directionVersions = goals.directionGoalHistory(goalId, at);
        if (!directionVersions.isEmpty()) {
            DirectionGoalView current = goals.directionGoal(goalId, at).orElse(null);
            DirectionGoalView shown = current != null ? current : directionVersions.get(directionVersions.size() - 1);
            List<GoalIndicatorView> indicators = current == null ? List.of()
                    : goals.indicators(at, List.of(goalId)).getOrDefault(goalId, List.of());
            return Views.page("pages/directiongoal", page, "goal", shown, "inForce", current != null,
                    "versions", directionVersions, "indicators", indicators,
                    "charts", charts(indicators, null, at),
                    "effectGoals", current == null ? List.of() : goals.effectGoalsLinkedTo(goalId, at),
                    "names", decisions.at(at));
        }
        throw new PageNotFound("Det finns inget mål med den adressen.");
    }

    /** One chart per indikator, its målvärden for every period and the values reported (by the unit, if given). */
    private List<IndicatorChart> charts(List<GoalIndicatorView> indicators, UUID unitId, ReadTime at) {
        Map<UUID, List<GoalIndicatorView>> byIndicator = new LinkedHashMap<>();
        indicators.forEach(i -> byIndicator.computeIfAbsent(i.indicatorId(), id -> new ArrayList<>()).add(i));
        return byIndicator.entrySet().stream()
                .map(e -> IndicatorChart.of(e.getValue(),
                        followUp.values(e.getKey(), unitId, null, at.knownAt(), false), at.asOf()))
                .toList();
    }
}
