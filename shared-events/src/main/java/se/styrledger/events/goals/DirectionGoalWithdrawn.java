package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** KF withdrew (upphävde) the inriktningsmål; effektmål linked to it are flagged, never hidden. */
public record DirectionGoalWithdrawn(UUID goalId, String reason, Decision decision) {
}
