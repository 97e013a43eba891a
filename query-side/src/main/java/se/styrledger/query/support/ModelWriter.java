package se.styrledger.query.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Runs history → fold → write for the bitemporal models an event concerns: it refolds the event's aggregate stream
 * up to that event, so a backdated decision lands where it belongs on the decision axis, and brings each model's
 * tables in line with the entity's new versions at the event's recorded time and global position.
 */
@Component
public class ModelWriter {

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;
    private final ZoneId kommunZone;

    public ModelWriter(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc, Clock clock) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
        this.kommunZone = clock.getZone();
    }

    /** Writes each model's versions of the entity {@code message} concerns; the models all fold its payload. */
    public void write(List<BitemporalModel<?>> models, DomainEventMessage<?> message) {
        List<DomainEventMessage<?>> events = history.upTo(message);
        long position = writer.positionOf(message.getIdentifier());
        for (BitemporalModel<?> model : models) {
            write(model, message, events, position);
        }
    }

    public void reset(BitemporalModel<?> model) {
        for (VersionTable<?> table : model.tables()) {
            jdbc.update("DELETE FROM " + table.table());
        }
    }

    private <S> void write(BitemporalModel<S> model, DomainEventMessage<?> message,
                           List<DomainEventMessage<?>> events, long position) {
        UUID entity = model.entityOf(message.getPayload());
        List<Timeline.Version<S>> versions = model.versions(entity, events, kommunZone);
        for (VersionTable<S> table : model.tables()) {
            writer.write(table, entity, versions, message.getTimestamp(), position);
        }
    }
}
