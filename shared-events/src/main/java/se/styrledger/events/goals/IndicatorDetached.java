package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

public record IndicatorDetached(UUID goalId, UUID indicatorId, Decision decision) {
}
