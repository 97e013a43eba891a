package se.styrledger.query.deadletters;

import org.springframework.stereotype.Component;
import se.styrledger.platform.eventstore.AxonTables;

import java.util.List;
import java.util.Map;

/** Reads the dead-letter table directly (through AxonTables), so every node sees the letters that any node parked. */
@Component
public class DeadLetters {

    private final AxonTables axonTables;

    public DeadLetters(AxonTables axonTables) {
        this.axonTables = axonTables;
    }

    /**
     * One parked event: which projection parked it, which event it is, and why the projection failed on it.
     * {@code sequenceIdentifier} is the entity whose later events wait behind it, so they stay in order.
     */
    public record DeadLetterView(String processingGroup, String sequenceIdentifier, long sequenceIndex,
                                 String eventIdentifier, String payloadType, String aggregateIdentifier,
                                 Long aggregateSequenceNumber, String enqueuedAt, String lastTouched,
                                 String causeType, String causeMessage) {
    }

    public List<DeadLetterView> all() {
        return axonTables.parkedLetters().stream().map(l -> new DeadLetterView(l.processingGroup(),
                l.sequenceIdentifier(), l.sequenceIndex(), l.eventIdentifier(), l.payloadType(),
                l.aggregateIdentifier(), l.aggregateSequenceNumber(), l.enqueuedAt(), l.lastTouched(), l.causeType(),
                l.causeMessage())).toList();
    }

    /** Parked letters per processing group; groups without any are absent. */
    public Map<String, Long> countByGroup() {
        return axonTables.parkedByGroup();
    }

    public long count(String processingGroup) {
        return axonTables.parked(processingGroup);
    }

    long sequences(String processingGroup) {
        return axonTables.parkedSequences(processingGroup);
    }
}
