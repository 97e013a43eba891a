package se.styrledger.query.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes the rows of a {@link RowTable}: on the live path a statement per change, at once; during a shared replay
 * into the thread's {@link ReplayBuffer}, written in sets ({@code COPY} or multi-row statements) at the end of the
 * batch, in the batch's transaction (ADR 0180). Both leave the same rows.
 * <p>
 * A handler that looks up what it wrote earlier asks {@link #replayMemory(String)} first: during a replay the answer
 * is there, since the replay began on empty tables and everything it wrote passed through the handler; on the live
 * path there is none and the handler reads its table.
 */
@Component
public class RowWriter {

    private final JdbcTemplate jdbc;

    public RowWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts one row: the values of every column but a closable table's {@code recorded_to}, in their order. */
    public void insert(RowTable table, Object... values) {
        if (values.length != table.givenColumns()) {
            throw new IllegalArgumentException(table.table() + " takes " + table.givenColumns() + " values, not "
                    + values.length);
        }
        Object[] row = table.closable() ? Arrays.copyOf(values, values.length + 1) : values;
        ReplayBuffer replay = ReplayBuffer.current();
        if (replay != null) {
            replay.insert(table, row);
        } else {
            jdbc.update(table.insert(1), row);
        }
    }

    /** Closes the table's open rows with this key (its key columns' values, in order) at {@code at}. */
    public void close(RowTable table, Timestamp at, Object... key) {
        ReplayBuffer replay = ReplayBuffer.current();
        if (replay != null) {
            replay.close(table, at, key);
        } else {
            Object[] arguments = new Object[key.length + 1];
            arguments[0] = at;
            System.arraycopy(key, 0, arguments, 1, key.length);
            jdbc.update(table.close(), arguments);
        }
    }

    /**
     * A map kept for the length of the shared replay on this thread, by name; null on the live path. A handler keeps
     * in it what it would otherwise read back from its own tables.
     */
    public <K, V> Map<K, V> replayMemory(String name) {
        ReplayBuffer replay = ReplayBuffer.current();
        return replay == null ? null : replay.memory(name);
    }
}
