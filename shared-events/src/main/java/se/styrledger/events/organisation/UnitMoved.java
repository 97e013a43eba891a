package se.styrledger.events.organisation;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The unit was placed under another parent, e.g. a förvaltning moved to serve another nämnd. */
public record UnitMoved(UUID unitId, UUID parentId, Decision decision) {
}
