package se.styrledger.events.governingdocument;

import se.styrledger.events.Decision;

import java.util.UUID;

/**
 * A styrdokument was revised (reviderat): {@code content} is the whole of the new version {@code version}; every
 * earlier version stays in the ledger.
 */
public record DocumentRevised(UUID documentId, int version, DocumentContent content, Decision decision) {
}
