package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The effektmål no longer contributes to this inriktningsmål; at least one link always remains. */
public record EffectGoalUnlinked(UUID goalId, UUID directionGoalId, Decision decision) {
}
