package se.styrledger.events.organisation;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The unit was dissolved (avvecklad) from the decision's effective date; its history stays readable. */
public record UnitDissolved(UUID unitId, Decision decision) {
}
