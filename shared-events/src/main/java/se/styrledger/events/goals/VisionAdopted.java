package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** KF adopted the kommun's vision, e.g. "Trelleborg ska vara en framgångskommun …". */
public record VisionAdopted(UUID visionId, String text, Decision decision) {
}
