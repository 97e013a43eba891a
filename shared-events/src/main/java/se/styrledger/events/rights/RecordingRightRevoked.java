package se.styrledger.events.rights;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The right ends on the decision's effective date; what was recorded under it before stays as it was. */
public record RecordingRightRevoked(UUID rightId, String reason, Decision decision) {
}
