package se.styrledger.query.export;

import org.springframework.stereotype.Component;
import se.styrledger.platform.eventstore.AxonTables;
import se.styrledger.platform.eventstore.EventLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Streams events from the event store as JSON Lines ({@link EventLine}), in order of position. PostgreSQL hands the
 * rows over through a cursor, a batch at a time, so an export of any size runs in constant memory; it reads one
 * snapshot of the store, so events committed while it runs are left for the next export.
 */
@Component
public class EventExport {

    private final AxonTables axonTables;

    public EventExport(AxonTables axonTables) {
        this.axonTables = axonTables;
    }

    /**
     * Writes the events in {@code range} to {@code out}, one line each, and returns how many.
     *
     * @param withPersonalData whether who recorded each event (and in which request), and to which account a
     *                         recording right was given, is included
     */
    public long write(EventRange range, boolean withPersonalData, OutputStream out) {
        // With each event its seal records, so a verifier names the first position that differs.
        return axonTables.eachEvent(range.fromPosition(), range.toPosition(), range.recordedFrom(),
                range.recordedTo(), range.aggregateType(), line -> {
                    try {
                        (withPersonalData ? line : AccountNames.withheld(line.withoutPersonalData())).writeTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
