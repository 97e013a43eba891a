package se.styrledger.query.politicalprogram;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.governingdocument.PublishedText;
import se.styrledger.events.politicalprogram.PoliticalProgramRecorded;
import se.styrledger.query.governingdocument.GoverningDocumentProjection;
import se.styrledger.query.support.VersionWriter;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Projects politiska program into {@code political_program}. It runs with the styrdokument, which readers look up
 * beside them, and needs no versions: a program is recorded once and never changes.
 */
@Component
@ProcessingGroup(GoverningDocumentProjection.PROCESSING_GROUP)
class PoliticalProgramProjection {

    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public PoliticalProgramProjection(VersionWriter writer, JdbcTemplate jdbc) {
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PoliticalProgramRecorded event, @org.axonframework.eventhandling.Timestamp Instant recordedAt,
            EventMessage<?> message) {
        PublishedText text = event.publishedText();
        jdbc.update("INSERT INTO political_program (program_id, title, parties, presented_on, published_url,"
                        + " published_sha256, recorded_from, recorded_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (program_id) DO NOTHING",
                event.programId(), event.title(), event.parties(), Date.valueOf(event.presentedOn()),
                text == null ? null : text.url(), text == null ? null : text.sha256(), Timestamp.from(recordedAt),
                writer.positionOf(message.getIdentifier()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM political_program");
    }
}
