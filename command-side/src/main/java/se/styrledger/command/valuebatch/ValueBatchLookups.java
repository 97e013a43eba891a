package se.styrledger.command.valuebatch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The follow-up and Kolada lookups a batch needs, each read once for the whole batch (one statement with arrays)
 * instead of once per value, and the series locks taken in one statement, in a fixed order so two batches cannot
 * deadlock. The lock keys are those of {@code JdbcFollowUpDirectory.lockSeries}, so a batch and a single command
 * on the same series wait for each other.
 */
@Component
class ValueBatchLookups {

    private static final int SERIES_LOCK = 0x4656;
    private static final int REFERENCE_LOCK = 0x4B52;

    record Current(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value, BigDecimal women,
                   BigDecimal men, boolean current) {
    }

    record Reference(UUID valueId, UUID indicatorId, String municipalityId, int year, boolean current) {
    }

    record Report(UUID reportId, int year, LocalDate cutOff, boolean open) {
    }

    private final JdbcTemplate jdbc;

    ValueBatchLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String seriesKey(UUID indicatorId, UUID unitId, Period period) {
        return indicatorId + "|" + unitId + "|" + period.kind() + "|" + period.year() + "|" + period.number();
    }

    static String referenceKey(UUID indicatorId, String municipalityId, int year) {
        return indicatorId + "|" + municipalityId + "|" + year;
    }

    Set<UUID> existingIndicators(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        query("SELECT indicator_id FROM cmd_indicator WHERE indicator_id = ANY(?)",
                rs -> found.add(rs.getObject(1, UUID.class)), uuids(ids));
        return found;
    }

    void lockSeries(Collection<String> keys) {
        lock(SERIES_LOCK, keys);
    }

    void lockReferences(Collection<String> keys) {
        lock(REFERENCE_LOCK, keys);
    }

    /** The current value of each series asked for, by series key: one join on the series' unique index. */
    Map<String, Current> currentValues(Collection<Series> series) {
        Map<String, Current> current = new HashMap<>();
        if (series.isEmpty()) {
            return current;
        }
        List<Series> all = new ArrayList<>(series);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT c.* FROM unnest(?::uuid[], ?::uuid[],"
                    + " ?::text[], ?::int[], ?::int[]) AS k(i, u, pk, py, pn) JOIN cmd_indicator_value c"
                    + " ON c.indicator_id = k.i AND c.unit_id = k.u AND c.period_kind = k.pk AND c.period_year = k.py"
                    + " AND c.period_number = k.pn WHERE c.superseded_by IS NULL AND NOT c.withdrawn");
            statement.setArray(1, connection.createArrayOf("uuid", all.stream().map(Series::indicatorId).toArray()));
            statement.setArray(2, connection.createArrayOf("uuid", all.stream().map(Series::unitId).toArray()));
            statement.setArray(3, connection.createArrayOf("text",
                    all.stream().map(s -> s.period().kind().name()).toArray()));
            statement.setArray(4, connection.createArrayOf("int4",
                    all.stream().map(s -> s.period().year()).toArray()));
            statement.setArray(5, connection.createArrayOf("int4",
                    all.stream().map(s -> s.period().number()).toArray()));
            return statement;
        }, (RowCallbackHandler) rs -> {
            Current value = current(rs);
            current.put(seriesKey(value.indicatorId(), value.unitId(), value.period()), value);
        });
        return current;
    }

    record Series(UUID indicatorId, UUID unitId, Period period) {
    }

    Map<UUID, Current> values(Collection<UUID> valueIds) {
        Map<UUID, Current> found = new HashMap<>();
        query("SELECT * FROM cmd_indicator_value WHERE value_id = ANY(?)", rs -> {
            Current value = current(rs);
            found.put(value.valueId(), value);
        }, uuids(valueIds));
        return found;
    }

    /** The current reference value of each series asked for, by reference key. */
    Map<String, Reference> currentReferences(Collection<ReferenceSeries> series) {
        Map<String, Reference> current = new HashMap<>();
        if (series.isEmpty()) {
            return current;
        }
        List<ReferenceSeries> all = new ArrayList<>(series);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT c.* FROM unnest(?::uuid[], ?::text[],"
                    + " ?::int[]) AS k(i, m, y) JOIN cmd_reference_value c ON c.indicator_id = k.i"
                    + " AND c.municipality_id = k.m AND c.period_year = k.y WHERE c.current");
            statement.setArray(1, connection.createArrayOf("uuid",
                    all.stream().map(ReferenceSeries::indicatorId).toArray()));
            statement.setArray(2, connection.createArrayOf("text",
                    all.stream().map(ReferenceSeries::municipalityId).toArray()));
            statement.setArray(3, connection.createArrayOf("int4", all.stream().map(ReferenceSeries::year).toArray()));
            return statement;
        }, (RowCallbackHandler) rs -> {
            Reference r = reference(rs);
            current.put(referenceKey(r.indicatorId(), r.municipalityId(), r.year()), r);
        });
        return current;
    }

    record ReferenceSeries(UUID indicatorId, String municipalityId, int year) {
    }

    Map<UUID, Reference> references(Collection<UUID> valueIds) {
        Map<UUID, Reference> found = new HashMap<>();
        query("SELECT * FROM cmd_reference_value WHERE value_id = ANY(?)", rs -> {
            Reference r = reference(rs);
            found.put(r.valueId(), r);
        }, uuids(valueIds));
        return found;
    }

    List<Report> reports() {
        return jdbc.query("SELECT report_id, year, cut_off, status FROM cmd_follow_up_report ORDER BY cut_off",
                (rs, n) -> new Report(rs.getObject(1, UUID.class), rs.getInt(2), rs.getDate(3).toLocalDate(),
                        "OPEN".equals(rs.getString(4))));
    }

    private void lock(int lockClass, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String[] sorted = new TreeSet<>(keys).toArray(String[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT count(pg_advisory_xact_lock(?,"
                    + " hashtext(k))) FROM (SELECT k FROM unnest(?::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n) s");
            statement.setInt(1, lockClass);
            statement.setArray(2, connection.createArrayOf("text", sorted));
            return statement;
        }, (RowCallbackHandler) rs -> { });
    }

    private void query(String sql, RowCallbackHandler rows, Object[] ids) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            Array array = connection.createArrayOf("uuid", ids);
            statement.setArray(1, array);
            return statement;
        }, rows);
    }

    private static Object[] uuids(Collection<UUID> ids) {
        return new ArrayList<>(ids).toArray();
    }

    private static Current current(ResultSet rs) throws SQLException {
        return new Current(rs.getObject("value_id", UUID.class), rs.getObject("indicator_id", UUID.class),
                rs.getObject("unit_id", UUID.class), new Period(PeriodKind.valueOf(rs.getString("period_kind")),
                rs.getInt("period_year"), rs.getInt("period_number")), rs.getBigDecimal("value"),
                rs.getBigDecimal("women"), rs.getBigDecimal("men"),
                rs.getObject("superseded_by") == null && !rs.getBoolean("withdrawn"));
    }

    private static Reference reference(ResultSet rs) throws SQLException {
        return new Reference(rs.getObject("value_id", UUID.class), rs.getObject("indicator_id", UUID.class),
                rs.getString("municipality_id"), rs.getInt("period_year"), rs.getBoolean("current"));
    }

}
