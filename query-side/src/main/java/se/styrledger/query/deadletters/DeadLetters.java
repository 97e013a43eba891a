package se.styrledger.query.deadletters;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the dead-letter table directly, so every node sees the letters that any node parked. */
@Component
public class DeadLetters {

    private final JdbcTemplate jdbc;

    public DeadLetters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.query("""
                SELECT processing_group, sequence_identifier, sequence_index, event_identifier, payload_type,
                       aggregate_identifier, sequence_number, enqueued_at, last_touched, cause_type, cause_message
                FROM dead_letter_entry ORDER BY enqueued_at, processing_group, sequence_identifier, sequence_index
                """, (rs, row) -> new DeadLetterView(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11)));
    }

    /** Parked letters per processing group; groups without any are absent. */
    public Map<String, Long> countByGroup() {
        return jdbc.query("SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group",
                        (rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long count(String processingGroup) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?",
                Long.class, processingGroup);
        return count == null ? 0 : count;
    }

    long sequences(String processingGroup) {
        Long count = jdbc.queryForObject(
                "SELECT count(DISTINCT sequence_identifier) FROM dead_letter_entry WHERE processing_group = ?",
                Long.class, processingGroup);
        return count == null ? 0 : count;
    }
}
