package se.styrledger.query.plans;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.SqlArrays;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads {@code operational_plan_version} at a point on both time axes. */
@Component
public class OperationalPlanQueries {

    private static final RowMapper<OperationalPlanView> ROW = (rs, n) -> {
        Date validTo = rs.getDate("valid_to");
        boolean withdrawn = rs.getBoolean("withdrawn");
        return new OperationalPlanView(rs.getObject("plan_id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), rs.getInt("year"), rs.getString("summary"), rs.getBigDecimal("budget_frame"),
                SqlArrays.uuids(rs, "effect_goal_ids"), withdrawn, rs.getString("withdrawal_reason"),
                withdrawn ? "upphävd" : "gällande", rs.getInt("version"), rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(), DecisionView.read(rs), rs.getLong("recorded_position"));
    };

    /** Plans with their unit's name as of the same point, from the organisation's own read table. */
    private static final String PLANS = "SELECT p.*, u.name AS unit_name FROM operational_plan_version p"
            + " LEFT JOIN unit_version u ON u.unit_id = p.unit_id AND " + AsOfSql.at("u");

    private final NamedParameterJdbcTemplate jdbc;

    public OperationalPlanQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Verksamhetsplaner, optionally of one nämnd or bolag and for one year; withdrawn ones marked, not left out. */
    public List<OperationalPlanView> all(ReadTime at, UUID unitId, Integer year) {
        return jdbc.query(PLANS + " WHERE " + AsOfSql.at("p") + (unitId == null ? "" : " AND p.unit_id = :unitId")
                        + (year == null ? "" : " AND p.year = :year") + " ORDER BY p.year, u.name",
                AsOfSql.params(at).addValue("unitId", unitId).addValue("year", year), ROW);
    }

    public Optional<OperationalPlanView> one(UUID planId, ReadTime at) {
        return jdbc.query(PLANS + " WHERE p.plan_id = :id AND " + AsOfSql.at("p"),
                AsOfSql.params(at).addValue("id", planId), ROW).stream().findFirst();
    }

    public List<OperationalPlanView> history(UUID planId, ReadTime at) {
        return jdbc.query("SELECT p.*, u.name AS unit_name FROM operational_plan_version p"
                + " LEFT JOIN unit_version u ON u.unit_id = p.unit_id"
                + " AND daterange(u.valid_from, u.valid_to, '[)') @> p.valid_from AND " + AsOfSql.knownAt("u")
                + " WHERE p.plan_id = :id AND " + AsOfSql.knownAt("p") + " ORDER BY p.valid_from",
                AsOfSql.params(at).addValue("id", planId), ROW);
    }
}
