package se.styrledger.events.accountability;

import java.util.UUID;

/**
 * The revisorer's revisionsberättelse for a year, to KF (R-50, KL 12 kap 12 §): their account of the whole year's
 * granskning. Their uttalande on each nämnd is its {@link AuditAssessmentIssued}.
 */
public record AuditStatementIssued(UUID statementId, int year, String summary, AuditorsDocument document) {
}
