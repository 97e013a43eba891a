package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

public record EffectGoalWithdrawn(UUID goalId, String reason, Decision decision) {
}
