package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

/**
 * A nämnd or bolag committed to an effektmål for one verksamhetsår: the change ({@code intendedEffect}) it
 * wants to achieve for a specific målgrupp ({@code targetGroup}, R-11), linked to one or more inriktningsmål in force
 * . Adopted by the owner's own board, or imposed by KF in a strategic matter ({@code imposedByCouncil}, R-02).
 */
public record EffectGoalAdopted(UUID goalId, UUID ownerUnitId, int year, String title, String targetGroup,
                                String intendedEffect, List<UUID> directionGoalIds, boolean imposedByCouncil,
                                Decision decision) {
}
