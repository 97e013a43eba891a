package se.styrledger.query.rights;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.ReadTime;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "Who could record for Socialnämnden on 2024-03-01, as the ledger knew it at …": the rights in force on
 * {@code asOf} as known at {@code knownAt} that cover the unit — granted for it, for a unit above it (as the
 * organisation stood that day) with the units below, or for the whole kommun.
 */
@Component
public class RecordingRightQueries {

    /** Deeper than any kommun's organisation; stops a walk that a corrupt parent loop would never end. */
    private static final int MAX_DEPTH = 50;

    private static final String COLUMNS = "r.right_id, r.grantee_kind, r.grantee, r.unit_id, r.includes_subunits,"
            + " r.configured_as, r.decided_by, r.decided_on, r.paragraph, r.case_number, r.valid_from, r.valid_to,"
            + " r.revoked_by, r.revoked_on, r.revoked_paragraph, r.revoked_case, r.revoked_reason, r.recorded_from,"
            + " r.recorded_position";

    private final NamedParameterJdbcTemplate jdbc;

    public RecordingRightQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RecordingRightView> forUnit(UUID unitId, ReadTime at) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("unit", unitId).addValue("depth", MAX_DEPTH);
        return jdbc.query("WITH RECURSIVE up (unit_id, parent_id, depth) AS ("
                        + " SELECT u.unit_id, u.parent_id, 0 FROM unit_version u WHERE u.unit_id = :unit AND "
                        + AsOfSql.at("u")
                        + " UNION ALL SELECT u.unit_id, u.parent_id, up.depth + 1 FROM unit_version u"
                        + " JOIN up ON u.unit_id = up.parent_id WHERE up.depth < :depth AND " + AsOfSql.at("u") + ")"
                        + " SELECT " + COLUMNS + ", CASE WHEN r.unit_id IS NULL THEN 'KOMMUN'"
                        + " WHEN up.depth = 0 THEN 'UNIT' ELSE 'ABOVE' END AS applies_as"
                        + " FROM recording_right_version r LEFT JOIN up ON up.unit_id = r.unit_id"
                        + " WHERE " + AsOfSql.at("r")
                        + " AND (r.unit_id IS NULL OR up.depth = 0 OR (up.depth > 0 AND r.includes_subunits))"
                        + " ORDER BY r.grantee_kind, r.grantee, r.right_id",
                params, ROW);
    }

    public List<RecordingRightView> all(ReadTime at) {
        return jdbc.query("SELECT " + COLUMNS + ", CASE WHEN r.unit_id IS NULL THEN 'KOMMUN' ELSE 'UNIT' END AS applies_as"
                + " FROM recording_right_version r WHERE " + AsOfSql.at("r")
                + " ORDER BY r.grantee_kind, r.grantee, r.right_id", AsOfSql.params(at), ROW);
    }

    private static final RowMapper<RecordingRightView> ROW = (rs, n) -> new RecordingRightView(
            rs.getObject("right_id", UUID.class), rs.getString("grantee_kind"), rs.getString("grantee"),
            rs.getObject("unit_id", UUID.class), rs.getBoolean("includes_subunits"), rs.getString("applies_as"),
            rs.getString("configured_as"), rs.getObject("decided_by", UUID.class), date(rs.getDate("decided_on")),
            rs.getString("paragraph"), rs.getString("case_number"), date(rs.getDate("valid_from")),
            date(rs.getDate("valid_to")), rs.getObject("revoked_by", UUID.class), date(rs.getDate("revoked_on")),
            rs.getString("revoked_paragraph"), rs.getString("revoked_case"), rs.getString("revoked_reason"),
            rs.getTimestamp("recorded_from").toInstant(), rs.getLong("recorded_position"));

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
