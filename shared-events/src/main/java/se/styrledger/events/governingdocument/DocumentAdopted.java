package se.styrledger.events.governingdocument;

import se.styrledger.events.Decision;

import java.util.UUID;

/** A styrdokument was adopted (antaget): its first version, from the decision's effective date. */
public record DocumentAdopted(UUID documentId, DocumentType type, DocumentContent content, Decision decision) {
}
