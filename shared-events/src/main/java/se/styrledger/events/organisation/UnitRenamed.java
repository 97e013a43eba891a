package se.styrledger.events.organisation;

import se.styrledger.events.Decision;

import java.util.UUID;

public record UnitRenamed(UUID unitId, String name, Decision decision) {
}
