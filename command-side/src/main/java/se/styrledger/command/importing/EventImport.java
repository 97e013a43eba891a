package se.styrledger.command.importing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.command.support.WriteOrder;
import se.styrledger.platform.eventstore.EventLine;
import se.styrledger.platform.eventstore.AxonTables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a ledger's export into this ledger's empty event store, keeping every event as it was: identifier,
 * position, aggregate, sequence number, recorded time, payload and metadata (ADR 0032). The events go through Axon's
 * event store, so the command side's lookups are filled in the same transaction exactly as when the events were first
 * recorded, and the query side's projections pick them up like any other events.
 * <p>
 * One transaction for the whole file: an import either completes or leaves the store empty, and while it runs the
 * table is locked against commands, so nothing can slip in between the check for emptiness and the last event.
 */
@Component
public class EventImport {

    private static final int BATCH = 500;

    private final EventStore eventStore;
    private final Serializer eventSerializer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AxonTables axonTables;

    public EventImport(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
                       JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AxonTables axonTables) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.axonTables = axonTables;
    }

    /** What was imported: how many events and the positions of the first and the last. */
    public record Imported(long events, long firstPosition, long lastPosition) {
    }

    /** A file that cannot be imported, or a store that cannot take it; nothing was imported. */
    public static class ImportRefused extends RuntimeException {
        ImportRefused(String message) {
            super(message);
        }
    }

    public Imported importFrom(BufferedReader lines) {
        return transaction.execute(tx -> {
            // One all-or-nothing transaction that may pause while it reads the file: the application role's guard
            // against forgotten transactions (idle_in_transaction_session_timeout) must not cut it off.
            jdbc.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            WriteOrder.waitForAllWriters(jdbc);
            if (!axonTables.isEmpty()) {
                throw new ImportRefused("The event store is not empty: an import only goes into a fresh ledger.");
            }
            Imported imported = append(lines);
            if (imported.events() > 0) {
                // The positions were taken from the file, so new commands must continue after the last of them.
                axonTables.continueAfter(imported.lastPosition());
            }
            return imported;
        });
    }

    private Imported append(BufferedReader lines) {
        Map<String, Long> lastSequence = new HashMap<>();
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        long count = 0;
        long first = 0;
        long last = 0;
        long lineNumber = 0;
        try {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                EventLine line = parse(text, lineNumber);
                requireComplete(line, lineNumber);
                if (line.globalPosition() <= last) {
                    throw refused(lineNumber, "position " + line.globalPosition() + " does not follow " + last);
                }
                long expected = lastSequence.getOrDefault(line.aggregateId(), -1L) + 1;
                if (line.sequenceNumber() != expected) {
                    throw refused(lineNumber, "sequence number " + line.sequenceNumber() + " of aggregate "
                            + line.aggregateId() + " should be " + expected);
                }
                lastSequence.put(line.aggregateId(), line.sequenceNumber());
                first = count == 0 ? line.globalPosition() : first;
                last = line.globalPosition();
                count++;
                batch.add(message(line));
                if (batch.size() == BATCH) {
                    eventStore.publish(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!batch.isEmpty()) {
            eventStore.publish(batch);
        }
        return new Imported(count, first, last);
    }

    /**
     * The event as it was stored: payload and metadata stay in their serialised form, so the store receives the same
     * bytes and type revision, and the event's own position travels in its tracking token.
     */
    private EventMessage<?> message(EventLine line) {
        SimpleSerializedObject<byte[]> payload = new SimpleSerializedObject<>(line.payloadBytes(), byte[].class,
                new SimpleSerializedType(line.payloadType(), line.payloadRevision()));
        SimpleSerializedObject<byte[]> metaData = new SimpleSerializedObject<>(line.metaDataBytes(), byte[].class,
                eventSerializer.typeForClass(MetaData.class));
        DomainEventMessage<Object> event = new GenericDomainEventMessage<>(line.aggregateType(), line.aggregateId(),
                line.sequenceNumber(), new SerializedMessage<>(line.eventId(), payload, metaData, eventSerializer),
                line.recordedAt());
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(line.globalPosition()), event);
    }

    private static EventLine parse(String text, long lineNumber) {
        try {
            return EventLine.parse(text);
        } catch (IOException e) {
            throw refused(lineNumber, "not an event line (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static void requireComplete(EventLine line, long lineNumber) {
        if (line.globalPosition() <= 0 || line.eventId() == null || line.aggregateId() == null
                || line.recordedAt() == null || line.payloadType() == null || line.payload() == null
                || line.payload().isNull()) {
            throw refused(lineNumber, "globalPosition, eventId, aggregateId, recordedAt, payloadType and payload"
                    + " are required");
        }
        if (!line.hasMetaData()) {
            throw refused(lineNumber, "no metaData: an open export withholds who recorded each event (R-31) and"
                    + " cannot be imported; export as AUDITOR or ADMIN, or with --styrledger.task=export");
        }
    }

    private static ImportRefused refused(long lineNumber, String reason) {
        return new ImportRefused("Line " + lineNumber + ": " + reason + ". Nothing was imported.");
    }
}
