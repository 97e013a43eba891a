package se.styrledger.events.followup;

import se.styrledger.events.Decision;

import java.util.UUID;

/**
 * Kommunfullmäktige decided on the closed report: it godkände the årsredovisning or behandlade the delårsrapport
 * ({@link FollowUpReportKind#councilDecided()}). The type keeps its first name, as every stored event type must.
 */
public record FollowUpReportAdopted(UUID reportId, Decision decision) {
}
