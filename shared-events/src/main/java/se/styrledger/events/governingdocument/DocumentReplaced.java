package se.styrledger.events.governingdocument;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The styrdokument was replaced (ersatt) by another, already adopted one from the decision's effective date. */
public record DocumentReplaced(UUID documentId, UUID replacedBy, Decision decision) {
}
