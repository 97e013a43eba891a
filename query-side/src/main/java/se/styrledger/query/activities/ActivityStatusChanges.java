package se.styrledger.query.activities;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.query.support.VersionWriter;

import java.sql.Timestamp;

/**
 * Keeps every status change of an aktivitet with its comment in {@code activity_status_change}: a log, not a
 * version table, so it sits beside {@link ActivityProjection}'s model in the same processing group. It is its own
 * component because a handler class calls only its most specific handler for an event, and the model's handler
 * takes every event.
 */
@Component
@ProcessingGroup(ActivityProjection.PROCESSING_GROUP)
public class ActivityStatusChanges {

    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public ActivityStatusChanges(VersionWriter writer, JdbcTemplate jdbc) {
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActivityStatusChanged event, DomainEventMessage<?> message) {
        long position = writer.positionOf(message.getIdentifier());
        jdbc.update("INSERT INTO activity_status_change (activity_id, sequence_number, status, comment, changed_on,"
                        + " recorded_from, recorded_position) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (activity_id, sequence_number) DO NOTHING",
                event.activityId(), message.getSequenceNumber(), event.status().name(), event.comment(),
                ActivityProjection.date(event.changedOn()), Timestamp.from(message.getTimestamp()), position);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM activity_status_change");
    }
}
