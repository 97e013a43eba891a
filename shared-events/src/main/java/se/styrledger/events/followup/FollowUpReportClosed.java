package se.styrledger.events.followup;

import java.util.UUID;

/**
 * The report was closed: what it says is frozen as the ledger held it at this event, and later corrections never
 * change it. The event's recorded time is the closing instant.
 */
public record FollowUpReportClosed(UUID reportId) {
}
