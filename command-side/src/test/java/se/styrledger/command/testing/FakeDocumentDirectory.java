package se.styrledger.command.testing;

import se.styrledger.command.governingdocument.DocumentDirectory;
import se.styrledger.events.governingdocument.DocumentType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The styrdokument lookup for aggregate fixture tests; the JDBC lookup is exercised end to end. */
public class FakeDocumentDirectory implements DocumentDirectory {

    private final Map<UUID, Document> documents = new HashMap<>();

    public UUID add(DocumentType type, UUID parentId, LocalDate adoptedOn) {
        UUID id = UUID.randomUUID();
        put(id, type, parentId, adoptedOn);
        return id;
    }

    public void put(UUID id, DocumentType type, UUID parentId, LocalDate adoptedOn) {
        documents.put(id, new Document(id, type, parentId, adoptedOn, null));
    }

    public void end(UUID id, LocalDate on) {
        Document document = documents.get(id);
        documents.put(id, new Document(id, document.type(), document.parentId(), document.adoptedOn(), on));
    }

    @Override
    public Optional<Document> find(UUID documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }
}
