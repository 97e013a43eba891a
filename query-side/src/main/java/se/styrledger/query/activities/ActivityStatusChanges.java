package se.styrledger.query.activities;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.query.support.RowTable;
import se.styrledger.query.support.RowWriter;
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

    /** Keyed by the event's own aggregate and sequence: only a redelivered event conflicts (ADR 0180). */
    private static final RowTable STATUS_CHANGES = RowTable.of("activity_status_change", "activity_id",
            "sequence_number", "status", "comment", "changed_on", "recorded_from", "recorded_position")
            .onRedelivery("ON CONFLICT (activity_id, sequence_number) DO NOTHING");

    private final VersionWriter writer;
    private final JdbcTemplate jdbc;
    private final RowWriter rows;

    public ActivityStatusChanges(VersionWriter writer, JdbcTemplate jdbc, RowWriter rows) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventHandler
    void on(ActivityStatusChanged event, DomainEventMessage<?> message) {
        long position = writer.positionOf(message.getIdentifier());
        rows.insert(STATUS_CHANGES, event.activityId(), message.getSequenceNumber(), event.status().name(), event.comment(),
                ActivityProjection.date(event.changedOn()), Timestamp.from(message.getTimestamp()), position);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM activity_status_change");
    }
}
