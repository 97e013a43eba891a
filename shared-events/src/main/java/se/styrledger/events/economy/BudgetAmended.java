package se.styrledger.events.economy;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

/**
 * KF changed an adopted budget: {@code changes} are the signed changes to each named nämnd's ram; an
 * omfördelning's changes add up to zero.
 */
public record BudgetAmended(UUID budgetId, UUID amendmentId, BudgetAmendmentKind kind, List<BudgetFrame> changes,
                            String reason, Decision decision) {
}
