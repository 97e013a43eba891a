package se.styrledger.query.goals;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** An inriktningsmål with the indikatorer KF follows it up with. */
public record DirectionGoalDetail(@JsonUnwrapped DirectionGoalView directionGoal, List<GoalIndicatorView> indicators) {
}
