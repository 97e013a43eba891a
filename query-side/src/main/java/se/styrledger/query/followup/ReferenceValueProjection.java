package se.styrledger.query.followup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.kolada.ReferenceValueRecorded;
import se.styrledger.events.kolada.ReferenceValueWithdrawn;
import se.styrledger.query.support.VersionWriter;

import java.time.Instant;

/**
 * Comparison kommuners' reference values, apart from the kommun's own utfall ({@code reference_value_version}), in
 * the follow-up group: a report's comparison as known at its closing sees exactly the events before the closing.
 * A revision closes the earlier value on the recorded axis; so does a withdrawal.
 */
@Component
@ProcessingGroup(FollowUpProcessing.PROCESSING_GROUP)
class ReferenceValueProjection {

    private final JdbcTemplate jdbc;
    private final VersionWriter positions;

    public ReferenceValueProjection(JdbcTemplate jdbc, VersionWriter positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(ReferenceValueRecorded e, EventMessage<?> message, @Timestamp Instant recordedAt) {
        java.sql.Timestamp at = java.sql.Timestamp.from(recordedAt);
        if (e.supersedesValueId() != null) {
            jdbc.update("UPDATE reference_value_version SET recorded_to = ? WHERE value_id = ? AND recorded_to IS NULL",
                    at, e.supersedesValueId());
        }
        GenderSplit split = e.genderSplit();
        jdbc.update("INSERT INTO reference_value_version (value_id, indicator_id, municipality_id, municipality_name,"
                        + " period_year, value, women, men, source, reason, event_id, recorded_from, recorded_position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.valueId(), e.indicatorId(),
                e.municipalityId(), e.municipalityName(), e.year(), e.value(), split == null ? null : split.women(),
                split == null ? null : split.men(), e.source(), e.reason(), message.getIdentifier(), at,
                positions.positionOf(message.getIdentifier()));
    }

    @EventHandler
    void on(ReferenceValueWithdrawn e, @Timestamp Instant recordedAt) {
        jdbc.update("UPDATE reference_value_version SET recorded_to = ? WHERE value_id = ? AND recorded_to IS NULL",
                java.sql.Timestamp.from(recordedAt), e.valueId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM reference_value_version");
    }
}
