package se.styrledger.query.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.platform.eventstore.EventLine;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams events from the event store as JSON Lines ({@link EventLine}), in order of position. PostgreSQL hands the
 * rows over through a cursor, a batch at a time, so an export of any size runs in constant memory; it reads one
 * snapshot of the store, so events committed while it runs are left for the next export.
 */
@Component
public class EventExport {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public EventExport(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        // A cursor needs a transaction: with autocommit on, the driver fetches every row at once.
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Writes the events in {@code range} to {@code out}, one line each, and returns how many.
     *
     * @param withPersonalData whether who recorded each event (and in which request), and to which account a
     *                         recording right was given, is included
     */
    public long write(EventRange range, boolean withPersonalData, OutputStream out) {
        // With each event its seal records, so a verifier names the first position that differs.
        StringBuilder sql = new StringBuilder("SELECT e.global_index, event_identifier, type, aggregate_identifier,"
                + " sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data, l.leaf_index,"
                + " l.leaf_hash FROM domain_event_entry e LEFT JOIN ledger_leaf l ON l.global_index = e.global_index"
                + " WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (range.fromPosition() != null) {
            sql.append(" AND e.global_index >= ?");
            parameters.add(range.fromPosition());
        }
        if (range.toPosition() != null) {
            sql.append(" AND e.global_index <= ?");
            parameters.add(range.toPosition());
        }
        if (range.recordedFrom() != null) {
            sql.append(" AND time_stamp::timestamptz >= ?");
            parameters.add(Timestamp.from(range.recordedFrom()));
        }
        if (range.recordedTo() != null) {
            sql.append(" AND time_stamp::timestamptz < ?");
            parameters.add(Timestamp.from(range.recordedTo()));
        }
        if (range.aggregateType() != null) {
            sql.append(" AND type = ?");
            parameters.add(range.aggregateType());
        }
        sql.append(" ORDER BY e.global_index");
        long[] count = {0};
        readOnly.executeWithoutResult(tx -> jdbc.query(sql.toString(), rs -> {
            EventLine line = EventLine.fromStored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                    rs.getBytes(10), (Long) rs.getObject(11), rs.getBytes(12));
            try {
                (withPersonalData ? line : AccountNames.withheld(line.withoutPersonalData())).writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count[0]++;
        }, parameters.toArray()));
        return count[0];
    }
}
