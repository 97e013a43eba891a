package se.styrledger.query.internalcontrol;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.internalcontrol.InternalControlPlanView.ControlView;
import se.styrledger.query.internalcontrol.InternalControlPlanView.DeviationView;
import se.styrledger.query.internalcontrol.InternalControlPlanView.ReportView;
import se.styrledger.query.internalcontrol.InternalControlPlanView.RiskView;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ReadTime;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads internkontrollplaner at a point on both time axes, each table once per plan. */
@Component
public class InternalControlQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public InternalControlQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The plans in force, optionally of one nämnd and for one year. */
    public List<InternalControlPlanView> plans(UUID unitId, Integer year, ReadTime at) {
        List<UUID> ids = jdbc.queryForList("SELECT p.plan_id FROM internal_control_plan_version p WHERE "
                        + AsOfSql.at("p") + (unitId == null ? "" : " AND p.unit_id = :unitId")
                        + (year == null ? "" : " AND p.year = :year") + " ORDER BY p.year, p.plan_id",
                AsOfSql.params(at).addValue("unitId", unitId).addValue("year", year), UUID.class);
        return ids.stream().map(id -> one(id, at).orElseThrow()).toList();
    }

    public Optional<InternalControlPlanView> one(UUID planId, ReadTime at) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("id", planId);
        LocalDate asOf = at.asOf();
        List<RiskView> risks = jdbc.query("SELECT * FROM internal_control_risk_version t WHERE t.plan_id = :id AND "
                + AsOfSql.at("t") + " ORDER BY t.likelihood * t.consequence DESC, t.description", params, (rs, n) -> {
            int score = rs.getInt("likelihood") * rs.getInt("consequence");
            return new RiskView(rs.getObject("risk_id", UUID.class), rs.getString("description"),
                    rs.getInt("likelihood"), rs.getInt("consequence"), score, RiskMatrix.level(score));
        });
        List<ControlView> controls = jdbc.query("SELECT * FROM internal_control_control_version t"
                + " WHERE t.plan_id = :id AND " + AsOfSql.at("t") + " ORDER BY t.due, t.what", params, (rs, n) -> {
            LocalDate due = rs.getDate("due").toLocalDate();
            LocalDate performedOn = date(rs.getDate("performed_on"));
            return new ControlView(rs.getObject("control_id", UUID.class), rs.getString("what"), rs.getString("how"),
                    rs.getString("responsible"), due, rs.getString("frequency"), rs.getObject("risk_id", UUID.class),
                    performedOn, rs.getString("result"), rs.getInt("deviations_found"),
                    due.isBefore(asOf) && (performedOn == null || performedOn.isAfter(due)));
        });
        List<DeviationView> deviations = jdbc.query("SELECT * FROM internal_control_deviation_version t"
                + " WHERE t.plan_id = :id AND " + AsOfSql.at("t") + " ORDER BY t.found_on, t.deviation_id", params,
                (rs, n) -> new DeviationView(rs.getObject("deviation_id", UUID.class),
                        rs.getObject("control_id", UUID.class), rs.getDate("found_on").toLocalDate(),
                        rs.getString("description"), rs.getString("remedy_action"),
                        rs.getString("remedy_responsible"), date(rs.getDate("remedy_due")),
                        rs.getString("no_remedy_reason"), date(rs.getDate("answered_on")),
                        rs.getString("remedy_action") != null || rs.getString("no_remedy_reason") != null));
        return jdbc.query("SELECT p.*, u.name AS unit_name FROM internal_control_plan_version p"
                + " LEFT JOIN unit_version u ON u.unit_id = p.unit_id AND " + AsOfSql.at("u")
                + " WHERE p.plan_id = :id AND " + AsOfSql.at("p"), params, (rs, n) -> {
            Date reportedOn = rs.getDate("reported_on");
            return new InternalControlPlanView(planId, rs.getObject("unit_id", UUID.class),
                    rs.getString("unit_name"), rs.getInt("year"), DecisionView.read(rs),
                    reportedOn == null ? null : new ReportView(reportedOn.toLocalDate(),
                            rs.getString("report_paragraph"), rs.getString("report_case_number"),
                            rs.getString("report_summary")), risks, controls, deviations, rs.getInt("version"),
                    rs.getDate("valid_from").toLocalDate(), rs.getLong("recorded_position"));
        }).stream().findFirst();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
