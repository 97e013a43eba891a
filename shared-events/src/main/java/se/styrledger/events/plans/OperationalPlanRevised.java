package se.styrledger.events.plans;

import se.styrledger.events.Decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A new version of the verksamhetsplan, adopted by the same board: wording, ram or effektmål changed. */
public record OperationalPlanRevised(UUID planId, String summary, BigDecimal budgetFrame, List<UUID> effectGoalIds,
                                     Decision decision) {
}
