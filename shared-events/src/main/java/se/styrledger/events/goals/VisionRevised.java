package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/** KF adopted a new wording of the vision under the same id. */
public record VisionRevised(UUID visionId, String text, Decision decision) {
}
