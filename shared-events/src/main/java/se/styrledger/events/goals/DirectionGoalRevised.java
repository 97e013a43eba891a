package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** KF adopted a new version of the inriktningsmål under the same id: wording, direction or period. */
public record DirectionGoalRevised(UUID goalId, UUID directionId, String title, String description, int fromYear,
                                   int toYear, Decision decision) {
}
