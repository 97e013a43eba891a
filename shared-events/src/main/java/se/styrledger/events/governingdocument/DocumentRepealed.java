package se.styrledger.events.governingdocument;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The styrdokument was repealed (upphävt) from the decision's effective date; its history stays readable. */
public record DocumentRepealed(UUID documentId, Decision decision) {
}
