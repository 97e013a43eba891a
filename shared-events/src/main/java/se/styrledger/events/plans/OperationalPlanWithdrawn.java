package se.styrledger.events.plans;

import se.styrledger.events.Decision;

import java.util.UUID;

public record OperationalPlanWithdrawn(UUID planId, String reason, Decision decision) {
}
