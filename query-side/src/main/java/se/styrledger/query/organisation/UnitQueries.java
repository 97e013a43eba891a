package se.styrledger.query.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.query.support.ReadTime;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads {@code unit_version} at a point on both time axes. */
@Component
public class UnitQueries {

    private static final String AT = " recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)"
            + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

    private static final RowMapper<UnitView> ROW = (rs, n) -> {
        UnitKind kind = UnitKind.valueOf(rs.getString("kind"));
        boolean dissolved = rs.getBoolean("dissolved");
        Date validTo = rs.getDate("valid_to");
        return new UnitView(rs.getObject("unit_id", UUID.class), rs.getString("name"), kind.name(), kind.swedish(),
                rs.getObject("parent_id", UUID.class), dissolved, dissolved ? "avvecklad" : "aktiv",
                rs.getDate("valid_from").toLocalDate(), validTo == null ? null : validTo.toLocalDate(),
                new UnitView.DecisionView(rs.getObject("decided_by", UUID.class),
                        rs.getDate("decided_on").toLocalDate(), rs.getString("paragraph"),
                        rs.getString("case_number")),
                rs.getLong("recorded_position"));
    };

    private final JdbcTemplate jdbc;

    public UnitQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitView> all(ReadTime at, UnitKind kind, boolean includeDissolved) {
        // Units may share a name (each test kommun has its own "Kommunfullmäktige"): the id settles the order, so the
        // same question always gets the same answer (the time-travel oracle compares answers whole).
        return jdbc.query("SELECT * FROM unit_version WHERE" + AT
                        + " AND (?::text IS NULL OR kind = ?) AND (? OR NOT dissolved) ORDER BY kind, name, unit_id",
                ROW, params(at, kind == null ? null : kind.name(), kind == null ? null : kind.name(), includeDissolved));
    }

    public Optional<UnitView> one(UUID unitId, ReadTime at) {
        return jdbc.query("SELECT * FROM unit_version WHERE unit_id = ? AND" + AT, ROW,
                prepend(unitId, params(at))).stream().findFirst();
    }

    /** Every version of a unit on the decision axis, as known at {@code at.knownAt()}. */
    public List<UnitView> history(UUID unitId, ReadTime at) {
        return jdbc.query("SELECT * FROM unit_version WHERE unit_id = ?"
                        + " AND recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?) ORDER BY valid_from",
                ROW, unitId, Timestamp.from(at.knownAt()), Timestamp.from(at.knownAt()));
    }

    private static Object[] params(ReadTime at, Object... more) {
        Object[] base = {Timestamp.from(at.knownAt()), Timestamp.from(at.knownAt()), Date.valueOf(at.asOf()),
                Date.valueOf(at.asOf())};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
