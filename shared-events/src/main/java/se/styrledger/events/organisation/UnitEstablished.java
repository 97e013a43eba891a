package se.styrledger.events.organisation;

import se.styrledger.events.Decision;

import java.util.UUID;

/** An organisation unit was established by a decision. {@code parentId} is empty only for KF. */
public record UnitEstablished(UUID unitId, String name, UnitKind kind, UUID parentId, Decision decision) {
}
