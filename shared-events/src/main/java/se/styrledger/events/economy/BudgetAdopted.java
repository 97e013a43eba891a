package se.styrledger.events.economy;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

/** KF adopted the budget for one year: each nämnd's ram and the bolag's financial targets. */
public record BudgetAdopted(UUID budgetId, int year, List<BudgetFrame> frames,
                            List<CompanyFinancialTarget> companyTargets, Decision decision) {
}
