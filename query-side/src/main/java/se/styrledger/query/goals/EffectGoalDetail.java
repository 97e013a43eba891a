package se.styrledger.query.goals;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import se.styrledger.query.activities.ActivityView;
import se.styrledger.query.flags.FlagView;

import java.util.List;

/**
 * An effektmål with what hangs on it as of the same date: the inriktningsmål it links to, its indikatorer with
 * målvärden, its förändringsteori (null when it has none), its aktiviteter and its flags.
 */
public record EffectGoalDetail(@JsonUnwrapped EffectGoalView effectGoal, List<LinkView> directionGoals,
                               List<GoalIndicatorView> indicators, ChangeTheoryView changeTheory,
                               List<ActivityView> activities, List<FlagView> flags) {
}
