package se.styrledger.events.governingdocument;

/**
 * Where the adopted text is published, and its SHA-256 checksum so anyone can check that a copy is the adopted one.
 * The ledger records the decision and the metadata, never the document itself. Either part may be empty, not both.
 */
public record PublishedText(String url, String sha256) {
}
