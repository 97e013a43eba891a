package se.styrledger.command.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts into the command side's lookups, collected while the subscribing processor handles one batch of events
 * and written as one JDBC batch when that batch's unit of work prepares to commit, still inside the command's
 * transaction. A batch of values then costs one round trip for its lookup rows instead of one per value. A handler
 * that updates or reads a lookup flushes first, so it always sees every row of the events before it.
 */
public final class BatchedInserts {

    private static final String PENDING = BatchedInserts.class.getName();

    private BatchedInserts() {
    }

    public static void insert(JdbcTemplate jdbc, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        Map<String, List<Object[]>> pending = unit.getOrComputeResource(PENDING, key -> {
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            unit.onPrepareCommit(u -> write(jdbc, rows));
            return rows;
        });
        pending.computeIfAbsent(sql, s -> new ArrayList<>()).add(args);
    }

    /** Writes what this unit of work has collected so far. */
    public static void flush(JdbcTemplate jdbc) {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, List<Object[]>> pending = CurrentUnitOfWork.get().getResource(PENDING);
            if (pending != null) {
                write(jdbc, pending);
            }
        }
    }

    private static void write(JdbcTemplate jdbc, Map<String, List<Object[]>> pending) {
        for (Map.Entry<String, List<Object[]>> rows : pending.entrySet()) {
            if (!rows.getValue().isEmpty()) {
                jdbc.batchUpdate(rows.getKey(), rows.getValue());
            }
        }
        pending.clear();
    }
}
