package se.styrledger.events.followup;

import se.styrledger.events.Decision;

import java.util.UUID;

/** Kommunfullmäktige adopted (fastställde) the closed report by a decision. */
public record FollowUpReportAdopted(UUID reportId, Decision decision) {
}
