package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** KF withdrew (upphävde) the vision. */
public record VisionWithdrawn(UUID visionId, String reason, Decision decision) {
}
