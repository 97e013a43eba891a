package se.styrledger.query.goals;

import org.springframework.stereotype.Component;
import se.styrledger.query.activities.ActivityQueries;
import se.styrledger.query.activities.ActivityView;
import se.styrledger.query.flags.FlagView;
import se.styrledger.query.flags.Flags;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Puts together what hangs on a set of effektmål as of one point in time, with one lookup per table for the whole
 * set rather than one per goal.
 */
@Component
public class EffectGoalDetails {

    private final GoalQueries goals;
    private final ActivityQueries activities;
    private final Flags flags;

    public EffectGoalDetails(GoalQueries goals, ActivityQueries activities, Flags flags) {
        this.goals = goals;
        this.activities = activities;
        this.flags = flags;
    }

    public List<EffectGoalDetail> of(ReadTime at, List<EffectGoalView> effectGoals) {
        if (effectGoals.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = effectGoals.stream().map(EffectGoalView::goalId).toList();
        List<FlagView> flagged = flags.find(at, Flags.Scope.effectGoals(ids));
        Map<UUID, List<LinkView>> links = goals.links(at, ids);
        Map<UUID, List<GoalIndicatorView>> indicators = goals.indicators(at, ids);
        Map<UUID, ChangeTheoryView> theories = goals.changeTheories(at, ids);
        Map<UUID, List<ActivityView>> activitiesByGoal = activities.forEffectGoals(at, ids, flagged);
        return effectGoals.stream().map(goal -> new EffectGoalDetail(goal,
                links.getOrDefault(goal.goalId(), List.of()),
                indicators.getOrDefault(goal.goalId(), List.of()),
                theories.get(goal.goalId()),
                activitiesByGoal.getOrDefault(goal.goalId(), List.of()),
                flagged.stream().filter(f -> f.activityId() == null && Objects.equals(f.effectGoalId(), goal.goalId()))
                        .toList())).toList();
    }
}
