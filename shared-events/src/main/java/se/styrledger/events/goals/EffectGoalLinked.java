package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The effektmål now also contributes to this inriktningsmål. */
public record EffectGoalLinked(UUID goalId, UUID directionGoalId, Decision decision) {
}
