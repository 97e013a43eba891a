package se.styrledger.query.support;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * What {@link VersionWriter} writes while a shared replay runs (ADR 0140): the same rows the live path would write,
 * kept in memory for one batch of events and then written set-based, a multi-row {@code INSERT} per table and one
 * {@code UPDATE} per table for the versions an earlier batch wrote and this one closed.
 * <p>
 * The live path asks PostgreSQL which versions of an entity are open; here they are known in memory, since the replay
 * began on empty tables and every row of a version table passes through here. A version opened and closed within one
 * batch is written once, already closed, with the recorded time the live path's {@code UPDATE} would have given it
 * ({@code GREATEST(recorded_from, closed at)}), so both paths leave the same rows.
 */
public final class ReplayBuffer {

    /** PostgreSQL's limit of bind parameters per statement is 65,535; stay well below it. */
    private static final int MAX_PARAMETERS = 30_000;

    /** A version whose rows an earlier batch wrote: only its key is kept. */
    private static final Object WRITTEN = new Object();

    private static final ThreadLocal<ReplayBuffer> CURRENT = new ThreadLocal<>();

    private final Map<String, TableBuffer> tables = new LinkedHashMap<>();
    /** The tables projections write with their own statements ({@link RowWriter}, ADR 0180). */
    private final Map<String, RowBuffer> rowTables = new LinkedHashMap<>();
    private final Map<String, Map<?, ?>> memories = new HashMap<>();

    private ReplayBuffer() {
    }

    /** Starts buffering on this thread: the caller must {@link #end()} it in a {@code finally}. */
    public static ReplayBuffer begin() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("A replay already buffers on this thread");
        }
        ReplayBuffer buffer = new ReplayBuffer();
        CURRENT.set(buffer);
        return buffer;
    }

    public void end() {
        CURRENT.remove();
    }

    /** The buffer of a shared replay on this thread, or null on the live path. */
    static ReplayBuffer current() {
        return CURRENT.get();
    }

    /**
     * Writes everything buffered, inside the caller's transaction. A projection that reads a version table while it
     * handles an event (a report frozen at its closing) calls {@link VersionWriter#flush()} first.
     */
    public void flush(JdbcTemplate jdbc) {
        for (TableBuffer table : tables.values()) {
            table.flush(jdbc);
        }
        for (RowBuffer table : rowTables.values()) {
            table.flush(jdbc);
        }
    }

    void insert(RowTable table, Object[] row) {
        rowTables.computeIfAbsent(table.table(), name -> new RowBuffer(table)).insert(row);
    }

    void close(RowTable table, Timestamp at, Object[] key) {
        rowTables.computeIfAbsent(table.table(), name -> new RowBuffer(table)).close(at, key);
    }

    @SuppressWarnings("unchecked")
    <K, V> Map<K, V> memory(String name) {
        return (Map<K, V>) memories.computeIfAbsent(name, n -> new HashMap<>());
    }

    /** One version of an entity, as {@link VersionWriter} numbers its rows: state rows plus the version's columns. */
    record PendingVersion(List<Object[]> rows) {
    }

    <S> void write(VersionTable<S> table, UUID id, List<String> keys, List<List<Object[]>> rowsByVersion,
                   Timestamp at) {
        TableBuffer buffer = tables.computeIfAbsent(table.table(), name -> new TableBuffer(table));
        Map<String, Object> open = buffer.open.computeIfAbsent(id, entity -> new HashMap<>(4));
        List<String> stale = new ArrayList<>();
        for (String key : open.keySet()) {
            if (!keys.contains(key)) {
                stale.add(key);
            }
        }
        for (String key : stale) {
            Object version = open.remove(key);
            if (version instanceof PendingVersion pending) {
                for (Object[] row : pending.rows()) {
                    Timestamp from = (Timestamp) row[row.length - 1 - TableBuffer.AFTER_RECORDED_FROM];
                    row[row.length - 1] = at.before(from) ? from : at;
                }
            } else {
                buffer.closeIds.add(id);
                buffer.closeKeys.add(key);
                buffer.closeAt.add(at);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            if (open.containsKey(keys.get(i))) {
                continue;
            }
            List<Object[]> rows = rowsByVersion.get(i);
            buffer.pending.addAll(rows);
            buffer.pendingVersions.add(new Object[]{id, keys.get(i)});
            open.put(keys.get(i), new PendingVersion(rows));
        }
    }

    /**
     * A time at PostgreSQL's precision, rounded half up as PgJDBC rounds a statement's timestamp parameter; an array
     * parameter, and the text of a COPY, would otherwise reach PostgreSQL with nanoseconds, cut or rounded otherwise.
     */
    static Timestamp atMicros(Timestamp timestamp) {
        return Timestamp.from(timestamp.toInstant().plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    }

    private static final class TableBuffer {

        /** A buffered row ends with recorded_from, recorded_position, version_key, recorded_to. */
        static final int AFTER_RECORDED_FROM = 3;

        final String table;
        final String idColumn;
        final List<String> columns;
        /** Per entity, its open versions by key: a {@link PendingVersion} or {@link #WRITTEN}. */
        final Map<UUID, Map<String, Object>> open = new HashMap<>();
        final List<Object[]> pending = new ArrayList<>();
        final List<Object[]> pendingVersions = new ArrayList<>();
        final List<UUID> closeIds = new ArrayList<>();
        final List<String> closeKeys = new ArrayList<>();
        final List<Timestamp> closeAt = new ArrayList<>();

        TableBuffer(VersionTable<?> table) {
            this.table = table.table();
            this.idColumn = table.idColumn();
            List<String> all = new ArrayList<>();
            all.add(table.idColumn());
            all.addAll(table.stateColumns());
            all.addAll(List.of("valid_from", "valid_to", "recorded_from", "recorded_position", "version_key",
                    "recorded_to"));
            this.columns = List.copyOf(all);
        }

        void flush(JdbcTemplate jdbc) {
            // Closes first: a version closed here and opened again in this batch has a pending row with the same key.
            if (!closeIds.isEmpty()) {
                jdbc.update("UPDATE " + table + " t SET recorded_to = GREATEST(t.recorded_from, c.closed_at)"
                                + " FROM unnest(?::uuid[], ?::text[], ?::timestamptz[]) AS c(id, version_key, closed_at)"
                                + " WHERE t." + idColumn + " = c.id AND t.version_key = c.version_key"
                                + " AND t.recorded_to IS NULL",
                        closeIds.toArray(UUID[]::new), closeKeys.toArray(String[]::new),
                        closeAt.stream().map(ReplayBuffer::atMicros).toArray(Timestamp[]::new));
                closeIds.clear();
                closeKeys.clear();
                closeAt.clear();
            }
            int perStatement = Math.max(1, MAX_PARAMETERS / columns.size());
            for (int from = 0; from < pending.size(); from += perStatement) {
                List<Object[]> chunk = pending.subList(from, Math.min(pending.size(), from + perStatement));
                String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
                String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                        + String.join(", ", Collections.nCopies(chunk.size(), row));
                Object[] values = new Object[chunk.size() * columns.size()];
                int i = 0;
                for (Object[] r : chunk) {
                    System.arraycopy(r, 0, values, i, r.length);
                    i += r.length;
                }
                jdbc.update(sql, values);
            }
            pending.clear();
            for (Object[] version : pendingVersions) {
                Map<String, Object> versions = open.get((UUID) version[0]);
                if (versions.containsKey((String) version[1])) {
                    versions.put((String) version[1], WRITTEN);
                }
            }
            pendingVersions.clear();
        }
    }

    /**
     * The rows of one {@link RowTable} a batch inserted, and the closes of rows an earlier batch wrote. A close ends
     * the rows still in memory at once, as the live path's {@code UPDATE} would have, and is kept for the rows already
     * written: only the first close of a key per batch, since it ends every written row of that key still open.
     */
    private static final class RowBuffer {

        final RowTable table;
        final List<Object[]> pending = new ArrayList<>();
        final Map<List<Object>, List<Object[]>> pendingByKey = new HashMap<>();
        final Map<List<Object>, Timestamp> closes = new LinkedHashMap<>();

        RowBuffer(RowTable table) {
            this.table = table;
        }

        void insert(Object[] row) {
            pending.add(row);
            if (table.closable()) {
                pendingByKey.computeIfAbsent(key(row), key -> new ArrayList<>(1)).add(row);
            }
        }

        void close(Timestamp at, Object[] key) {
            List<Object> k = Arrays.asList(key);
            int recordedTo = table.columns().size() - 1;
            for (Object[] row : pendingByKey.getOrDefault(k, List.of())) {
                if (row[recordedTo] == null) {
                    row[recordedTo] = at;
                }
            }
            closes.putIfAbsent(k, at);
        }

        private List<Object> key(Object[] row) {
            Object[] key = new Object[table.keyColumns().size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = row[table.keyIndex(i)];
            }
            return Arrays.asList(key);
        }

        void flush(JdbcTemplate jdbc) {
            // Closes first: they end rows of earlier batches, never one of this batch's (those were ended in memory).
            if (!closes.isEmpty()) {
                int keys = table.keyColumns().size();
                Object[] arrays = new Object[keys + 1];
                for (int i = 0; i < keys; i++) {
                    int column = i;
                    Object first = closes.keySet().iterator().next().get(i);
                    Object[] values = (Object[]) Array.newInstance(first.getClass(), closes.size());
                    int n = 0;
                    for (List<Object> key : closes.keySet()) {
                        values[n++] = key.get(column);
                    }
                    arrays[i] = values;
                }
                arrays[keys] = closes.values().stream().map(ReplayBuffer::atMicros).toArray(Timestamp[]::new);
                jdbc.update(table.closeAll(), arrays);
                closes.clear();
            }
            if (table.copiedInReplay()) {
                copy(jdbc);
            } else {
                insert(jdbc);
            }
            pending.clear();
            pendingByKey.clear();
        }

        private void insert(JdbcTemplate jdbc) {
            int columns = table.columns().size();
            int perStatement = Math.max(1, MAX_PARAMETERS / columns);
            for (int from = 0; from < pending.size(); from += perStatement) {
                List<Object[]> chunk = pending.subList(from, Math.min(pending.size(), from + perStatement));
                Object[] values = new Object[chunk.size() * columns];
                int i = 0;
                for (Object[] row : chunk) {
                    System.arraycopy(row, 0, values, i, columns);
                    i += columns;
                }
                jdbc.update(table.insert(chunk.size()), values);
            }
        }

        /** PostgreSQL's COPY text format: a row a line, columns by tabs, {@code \N} for null. */
        private void copy(JdbcTemplate jdbc) {
            if (pending.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder(pending.size() * 256);
            for (Object[] row : pending) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    copyValue(text, row[i]);
                }
                text.append('\n');
            }
            jdbc.execute((ConnectionCallback<Long>) connection -> {
                try {
                    return connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn(table.copy(), new StringReader(text.toString()));
                } catch (IOException e) {
                    throw new SQLException("COPY into " + table.table() + " failed", e);
                }
            });
        }

        /**
         * A value as PostgreSQL reads it, the same as PgJDBC sends it for a statement's parameter: a timestamp at
         * microseconds, rounded half up, in UTC; a decimal as {@code toString()}.
         */
        private static void copyValue(StringBuilder text, Object value) {
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof String string) {
                for (int i = 0; i < string.length(); i++) {
                    char c = string.charAt(i);
                    switch (c) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(c);
                    }
                }
            } else if (value instanceof Timestamp timestamp) {
                text.append(atMicros(timestamp).toInstant());
            } else if (value instanceof java.sql.Date || value instanceof UUID || value instanceof Number
                    || value instanceof Boolean) {
                text.append(value);
            } else {
                throw new IllegalArgumentException("No COPY text for a " + value.getClass().getName());
            }
        }
    }
}
