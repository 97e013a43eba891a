package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

public record StrategicDirectionWithdrawn(UUID directionId, String reason, Decision decision) {
}
