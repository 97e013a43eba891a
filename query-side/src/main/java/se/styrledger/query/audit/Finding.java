package se.styrledger.query.audit;

import java.util.List;
import java.util.UUID;

/**
 * Something a revisor looks for in a nämnd's year, with the audit entries behind it ({@code evidence}: the global
 * positions of the events, so each finding can be shown from the ledger itself).
 */
public record Finding(String kind, String label, String detail, UUID effectGoalId, UUID activityId, UUID unitId,
                      Integer year, String title, List<Long> evidence) {
}
