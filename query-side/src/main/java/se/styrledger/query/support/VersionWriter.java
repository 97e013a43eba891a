package se.styrledger.query.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.styrledger.query.support.Timeline.Version;
import se.styrledger.platform.eventstore.AxonTables;

/**
 * Brings a bitemporal table in line with an entity's newly folded timeline. Versions that did not change keep their
 * rows; versions that changed are closed on the recorded axis at the event's recorded time (so what was known
 * before stays answerable) and their replacements are opened at that time.
 */
@Component
public class VersionWriter {

    /** How many positions one miss reads: enough that a projection meets a miss once per batch or so. */
    private static final int POSITIONS_READ_AHEAD = 500;
    /** Positions kept: room for the read-ahead of every projection while a rebuild spreads them over the stream. */
    private static final int POSITIONS_KEPT = 50_000;

    private final JdbcTemplate jdbc;
    private final AxonTables axonTables;
    private final Map<String, Long> positions = new LinkedHashMap<>(2 * POSITIONS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > POSITIONS_KEPT;
        }
    };

    public VersionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.axonTables = new AxonTables(jdbc);
    }

    /**
     * The global position of the event with this identifier. A projection must not take it from the tracking token:
     * for an event that filled a gap (committed after later ones) the token's position is the highest index seen, so
     * a rebuild, which meets no gaps, would write other positions than the live projection did.
     * <p>
     * Every projection asks for every event it handles, in stream order, so a miss reads the positions of the events
     * that follow too: the other projections, and this one's next events, then find theirs here. An event's position
     * never changes, so nothing kept here goes stale.
     */
    public long positionOf(String eventIdentifier) {
        synchronized (positions) {
            Long known = positions.get(eventIdentifier);
            if (known != null) {
                return known;
            }
        }
        Map<String, Long> found = axonTables.positionsFrom(eventIdentifier, POSITIONS_READ_AHEAD);
        Long position = found.get(eventIdentifier);
        if (position == null) {
            throw new IllegalStateException("No event " + eventIdentifier + " in the event store");
        }
        synchronized (positions) {
            positions.putAll(found);
        }
        return position;
    }

    public <S> void write(VersionTable<S> table, UUID id, List<Version<S>> versions, Instant recordedAt,
                          long position) {
        List<String> keys = versions.stream().map(VersionWriter::key).toList();
        Timestamp at = Timestamp.from(recordedAt);
        ReplayBuffer replay = ReplayBuffer.current();
        if (replay != null) {
            List<List<Object[]>> rows = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                rows.add(rows(table, id, versions.get(i), at, position, keys.get(i), true));
            }
            replay.write(table, id, keys, rows, at);
            return;
        }
        Set<String> known = new HashSet<>(jdbc.queryForList("SELECT version_key FROM " + table.table() + " WHERE "
                + table.idColumn() + " = ? AND recorded_to IS NULL", String.class, id));
        Set<String> stale = new HashSet<>(known);
        keys.forEach(stale::remove);
        if (!stale.isEmpty()) {
            // GREATEST: a command node's clock may lag the one that recorded the version; a range never runs backwards.
            jdbc.update("UPDATE " + table.table() + " SET recorded_to = GREATEST(recorded_from, ?) WHERE "
                            + table.idColumn() + " = ? AND recorded_to IS NULL AND version_key = ANY (?)",
                    at, id, stale.toArray(String[]::new));
        }
        String columns = String.join(", ", table.stateColumns());
        String marks = String.join(", ", Collections.nCopies(table.stateColumns().size(), "?"));
        String insert = "INSERT INTO " + table.table() + " (" + table.idColumn() + ", " + columns
                + ", valid_from, valid_to, recorded_from, recorded_position, version_key) VALUES (?, " + marks
                + ", ?, ?, ?, ?, ?)";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            if (!known.contains(keys.get(i))) {
                rows.addAll(rows(table, id, versions.get(i), at, position, keys.get(i), false));
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(insert, rows);
        }
    }

    /**
     * Writes what a shared replay buffered for this thread; nothing on the live path, which writes at once. A
     * projection calls it before it reads a version table while handling an event.
     */
    public void flush() {
        ReplayBuffer replay = ReplayBuffer.current();
        if (replay != null) {
            replay.flush(jdbc);
        }
    }

    /** The rows of one version, the same on both paths; a replay's rows end with recorded_to, still open. */
    private static <S> List<Object[]> rows(VersionTable<S> table, UUID id, Version<S> version, Timestamp at,
                                           long position, String key, boolean withRecordedTo) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] values : table.stateRows(version.state())) {
            List<Object> row = new ArrayList<>(values.length + 7);
            row.add(id);
            Collections.addAll(row, values);
            row.add(Date.valueOf(version.validFrom()));
            row.add(version.validTo() == null ? null : Date.valueOf(version.validTo()));
            row.add(at);
            row.add(position);
            row.add(key);
            if (withRecordedTo) {
                row.add(null);
            }
            rows.add(row.toArray());
        }
        return rows;
    }

    /** Identifies a version by its content, so an unchanged version is recognised across refolds. */
    private static String key(Version<?> version) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((version.validFrom() + "|" + version.validTo() + "|" + version.state())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
