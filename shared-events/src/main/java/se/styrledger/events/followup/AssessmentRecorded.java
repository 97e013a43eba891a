package se.styrledger.events.followup;

import java.util.UUID;

/**
 * Someone assessed a goal's måluppfyllelse in a report: an effektmål, or an inriktningsmål in KF's own
 * follow-up. A later assessment of the same goal in the same open report replaces it there; both stay in the ledger.
 *
 * @param analysis   why the result is what it is ("Analys visar varför")
 * @param assessedBy the person or body who made the judgement, e.g. "Socialnämnden" or "förvaltningschef Eva Ek"
 */
public record AssessmentRecorded(UUID assessmentId, UUID reportId, UUID goalId, AttainmentLevel level,
                                 String analysis, String assessedBy) {
}
