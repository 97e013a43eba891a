package se.styrledger.query.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A read table a projection writes with its own statements rather than through {@link VersionWriter}: its columns,
 * what an {@code INSERT} does on a conflict, and, for a table whose rows are closed on the recorded axis, the columns
 * that name the rows one close ends ({@code recorded_to} is then the last column, written open). {@link RowWriter}
 * writes it a statement per change on the live path and in sets during a shared replay (ADR 0180).
 */
public record RowTable(String table, List<String> columns, String onConflict, boolean conflictsOnlyOnRedelivery,
                       List<String> keyColumns, List<String> keyTypes) {

    public RowTable {
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
        keyTypes = List.copyOf(keyTypes);
    }

    /** A table whose rows are only ever inserted. */
    public static RowTable of(String table, String... columns) {
        return new RowTable(table, List.of(columns), "", false, List.of(), List.of());
    }

    /** The same table with a conflict clause, e.g. {@code ON CONFLICT DO NOTHING}: a replay writes it unchanged. */
    public RowTable onConflict(String clause) {
        return new RowTable(table, columns, clause, false, keyColumns, keyTypes);
    }

    /**
     * The same table with a conflict clause that only an event handled twice can meet (its key is the event's own,
     * e.g. its global position): the live path keeps it for a redelivered event; a replay, which hands each event
     * to each handler once, copies the rows in ({@code COPY}), and a conflict there would fail it loudly.
     */
    public RowTable onRedelivery(String clause) {
        return new RowTable(table, columns, clause, true, keyColumns, keyTypes);
    }

    /**
     * The same table whose open rows are closed by these columns, each given as {@code "name type"} (the type as
     * PostgreSQL names it, for the replay's {@code unnest}); {@code recorded_to} becomes the last column.
     */
    public RowTable closedBy(String... keys) {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String key : keys) {
            String[] nameAndType = key.split(" ", 2);
            names.add(nameAndType[0]);
            types.add(nameAndType[1]);
        }
        List<String> all = new ArrayList<>(columns);
        all.add("recorded_to");
        return new RowTable(table, all, onConflict, conflictsOnlyOnRedelivery, names, types);
    }

    boolean closable() {
        return !keyColumns.isEmpty();
    }

    /** The values a caller gives: every column but {@code recorded_to}, which a closable table's rows begin without. */
    int givenColumns() {
        return closable() ? columns.size() - 1 : columns.size();
    }

    /** A replay copies the rows in rather than inserting them: nothing for {@code ON CONFLICT} to do there. */
    boolean copiedInReplay() {
        return onConflict.isEmpty() || conflictsOnlyOnRedelivery;
    }

    String copy() {
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    int keyIndex(int key) {
        return columns.indexOf(keyColumns.get(key));
    }

    String insert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row)) + (onConflict.isEmpty() ? "" : " " + onConflict);
    }

    String close() {
        return "UPDATE " + table + " SET recorded_to = ? WHERE "
                + String.join(" AND ", keyColumns.stream().map(column -> column + " = ?").toList())
                + " AND recorded_to IS NULL";
    }

    /** Closes, in one statement, the open rows of many keys: {@code unnest} of one array per key column and the times. */
    String closeAll() {
        List<String> arrays = new ArrayList<>();
        for (String type : keyTypes) {
            arrays.add("?::" + type + "[]");
        }
        arrays.add("?::timestamptz[]");
        return "UPDATE " + table + " t SET recorded_to = c.closed_at FROM unnest(" + String.join(", ", arrays)
                + ") AS c(" + String.join(", ", keyColumns) + ", closed_at) WHERE "
                + String.join(" AND ", keyColumns.stream().map(column -> "t." + column + " = c." + column).toList())
                + " AND t.recorded_to IS NULL";
    }
}
