package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** A new version of the effektmål's wording under the same id; owner and year stay. */
public record EffectGoalRevised(UUID goalId, String title, String targetGroup, String intendedEffect,
                                Decision decision) {
}
