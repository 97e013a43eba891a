package se.styrledger.command.governingdocument;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.command.support.CommandLookups;
import se.styrledger.events.governingdocument.DocumentAdopted;
import se.styrledger.events.governingdocument.DocumentRepealed;
import se.styrledger.events.governingdocument.DocumentReplaced;
import se.styrledger.events.governingdocument.DocumentRevised;
import se.styrledger.events.governingdocument.DocumentType;

import java.sql.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The styrdokument lookup in {@code cmd_governing_document}, written by a subscribing processor inside the
 * command's own transaction, like {@code cmd_unit}.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class JdbcDocumentDirectory implements DocumentDirectory {

    private final JdbcTemplate jdbc;

    public JdbcDocumentDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Document> find(UUID documentId) {
        if (documentId == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT document_id, type, parent_id, adopted_on, ended_on FROM cmd_governing_document"
                        + " WHERE document_id = ?",
                (rs, row) -> new Document(rs.getObject("document_id", UUID.class),
                        DocumentType.valueOf(rs.getString("type")), rs.getObject("parent_id", UUID.class),
                        rs.getDate("adopted_on").toLocalDate(),
                        Optional.ofNullable(rs.getDate("ended_on")).map(Date::toLocalDate).orElse(null)),
                documentId).stream().findFirst();
    }

    @EventHandler
    void on(DocumentAdopted event) {
        jdbc.update("INSERT INTO cmd_governing_document (document_id, type, parent_id, adopted_on) VALUES (?, ?, ?, ?)",
                event.documentId(), event.type().name(), event.content().parentDocumentId(),
                Date.valueOf(event.decision().effectiveFrom()));
    }

    @EventHandler
    void on(DocumentRevised event) {
        jdbc.update("UPDATE cmd_governing_document SET parent_id = ? WHERE document_id = ?",
                event.content().parentDocumentId(), event.documentId());
    }

    @EventHandler
    void on(DocumentRepealed event) {
        jdbc.update("UPDATE cmd_governing_document SET ended_on = ? WHERE document_id = ?",
                Date.valueOf(event.decision().effectiveFrom()), event.documentId());
    }

    @EventHandler
    void on(DocumentReplaced event) {
        jdbc.update("UPDATE cmd_governing_document SET ended_on = ? WHERE document_id = ?",
                Date.valueOf(event.decision().effectiveFrom()), event.documentId());
    }
}
