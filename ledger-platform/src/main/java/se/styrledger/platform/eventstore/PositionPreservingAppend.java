package se.styrledger.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's own insert into the event table, except that an event which already has a position keeps it in
 * {@code global_index}. Only an import hands the store such events (tracked messages from another ledger's export),
 * so that positions cited in reports and exports stay valid in the copy. Events recorded by commands carry no
 * position and take the next value of the sequence, exactly as with Axon's statement.
 */
final class PositionPreservingAppend implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        long withPosition = events.stream().filter(PositionPreservingAppend::hasPosition).count();
        if (withPosition == 0) {
            return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                    timestampWriter);
        }
        if (withPosition != events.size()) {
            throw new IllegalArgumentException("Events with and without a global position cannot be appended together");
        }
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + schema.globalIndexColumn() + ", "
                + schema.domainEventFields() + ") VALUES (?,?,?,?,?,?,?,?,?,?)";
        PreparedStatement statement = connection.prepareStatement(sql);
        for (EventMessage<?> message : events) {
            if (!(message instanceof DomainEventMessage<?> event)) {
                throw new IllegalArgumentException("Only domain events carry a position into the store: " + message);
            }
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
            statement.setLong(1, ((TrackedEventMessage<?>) message).trackingToken().position().orElseThrow());
            statement.setString(2, event.getIdentifier());
            statement.setString(3, event.getAggregateIdentifier());
            statement.setLong(4, event.getSequenceNumber());
            statement.setString(5, event.getType());
            timestampWriter.writeTimestamp(statement, 6, event.getTimestamp());
            statement.setString(7, payload.getType().getName());
            statement.setString(8, payload.getType().getRevision());
            statement.setObject(9, payload.getData());
            statement.setObject(10, metaData.getData());
            statement.addBatch();
        }
        return statement;
    }

    private static boolean hasPosition(EventMessage<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent();
    }
}
