package se.styrledger.command.governingdocument;

import se.styrledger.events.governingdocument.DocumentType;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The command side's own lookup of styrdokument, for parent documents and replacements (other aggregates). */
public interface DocumentDirectory {

    Optional<Document> find(UUID documentId);

    /** @param endedOn the effective date of its repeal or replacement; empty while it is in force */
    record Document(UUID documentId, DocumentType type, UUID parentId, LocalDate adoptedOn, LocalDate endedOn) {

        public boolean inForceOn(LocalDate date) {
            return !date.isBefore(adoptedOn) && (endedOn == null || date.isBefore(endedOn));
        }
    }
}
