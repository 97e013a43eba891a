package se.styrledger.query.rights;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.rights.RecordingRightConfigured;
import se.styrledger.events.rights.RecordingRightGranted;
import se.styrledger.events.rights.RecordingRightRevoked;
import se.styrledger.query.support.VersionWriter;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * Projects recording rights into {@code recording_right_version} on both time axes. A right has at most two
 * versions: as granted (in force from its decision, open-ended) and, once revoked, as known from the revocation on
 * (ending on the revocation's date). The first stays answerable for any {@code knownAt} before the revocation.
 */
@Component
@ProcessingGroup(RecordingRightProjection.PROCESSING_GROUP)
class RecordingRightProjection {

    public static final String PROCESSING_GROUP = "recording-rights";

    private final JdbcTemplate jdbc;
    private final VersionWriter positions;

    public RecordingRightProjection(JdbcTemplate jdbc, VersionWriter positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(RecordingRightGranted e, DomainEventMessage<?> event) {
        Decision d = e.decision();
        jdbc.update("INSERT INTO recording_right_version (right_id, grantee_kind, grantee, unit_id, includes_subunits,"
                        + " decided_by, decided_on, paragraph, case_number, valid_from, recorded_from, recorded_position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.rightId(), e.grantee().kind().name(), e.grantee().name(), e.unitId(), e.includesSubunits(),
                d.decidedBy(), Date.valueOf(d.decidedOn()), d.paragraph(), d.caseNumber(),
                Date.valueOf(d.effectiveFrom()), Timestamp.from(event.getTimestamp()),
                positions.positionOf(event.getIdentifier()));
    }

    @EventHandler
    void on(RecordingRightConfigured e, DomainEventMessage<?> event) {
        jdbc.update("INSERT INTO recording_right_version (right_id, grantee_kind, grantee, unit_id, includes_subunits,"
                        + " configured_as, valid_from, recorded_from, recorded_position)"
                        + " VALUES (?, ?, ?, NULL, TRUE, ?, ?, ?, ?)",
                e.rightId(), e.grantee().kind().name(), e.grantee().name(), e.configuredAs(),
                Date.valueOf(e.validFrom()), Timestamp.from(event.getTimestamp()),
                positions.positionOf(event.getIdentifier()));
    }

    @EventHandler
    void on(RecordingRightRevoked e, DomainEventMessage<?> event) {
        Timestamp at = Timestamp.from(event.getTimestamp());
        Decision d = e.decision();
        long position = positions.positionOf(event.getIdentifier());
        jdbc.update("INSERT INTO recording_right_version (right_id, grantee_kind, grantee, unit_id, includes_subunits,"
                        + " configured_as, decided_by, decided_on, paragraph, case_number, revoked_by, revoked_on,"
                        + " revoked_paragraph, revoked_case, revoked_reason, valid_from, valid_to, recorded_from,"
                        + " recorded_position)"
                        + " SELECT right_id, grantee_kind, grantee, unit_id, includes_subunits, configured_as, decided_by,"
                        + " decided_on, paragraph, case_number, CAST(? AS uuid), CAST(? AS date), CAST(? AS text),"
                        + " CAST(? AS text), CAST(? AS text), valid_from, CAST(? AS date), CAST(? AS timestamptz),"
                        + " CAST(? AS bigint)"
                        + " FROM recording_right_version WHERE right_id = ? AND recorded_to IS NULL",
                d.decidedBy(), Date.valueOf(d.decidedOn()), d.paragraph(), d.caseNumber(), e.reason(),
                Date.valueOf(d.effectiveFrom()), at, position, e.rightId());
        jdbc.update("UPDATE recording_right_version SET recorded_to = ? WHERE right_id = ? AND recorded_to IS NULL"
                + " AND recorded_position < ?", at, e.rightId(), position);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM recording_right_version");
    }
}
