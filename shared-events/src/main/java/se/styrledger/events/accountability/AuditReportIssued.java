package se.styrledger.events.accountability;

import java.util.UUID;

/**
 * The revisorer issued a granskningsrapport on a nämnd's year (R-50, KL 12 kap 1 §): what they examined and what
 * they concluded. A year may have several.
 */
public record AuditReportIssued(UUID accountabilityId, UUID reportId, UUID unitId, int year, String title,
                                String conclusions, AuditorsDocument document) {
}
