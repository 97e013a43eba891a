package se.styrledger.events.plans;

import se.styrledger.events.Decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A nämnd or bolagsstyrelse adopted its verksamhetsplan for one year: its effektmål, how it will work, and its
 * budget frame (ram) in SEK.
 */
public record OperationalPlanAdopted(UUID planId, UUID unitId, int year, String summary, BigDecimal budgetFrame,
                                     List<UUID> effectGoalIds, Decision decision) {
}
