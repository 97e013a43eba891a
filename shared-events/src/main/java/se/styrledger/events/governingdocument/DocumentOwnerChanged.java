package se.styrledger.events.governingdocument;

import se.styrledger.events.Decision;

import java.util.UUID;

/** The styrdokument has a new dokumentansvarig (a person or a role). */
public record DocumentOwnerChanged(UUID documentId, String owner, Decision decision) {
}
